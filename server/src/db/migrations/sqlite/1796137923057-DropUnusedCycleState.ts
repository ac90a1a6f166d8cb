import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnusedCycleState1796137923057 implements MigrationInterface {
  name = 'DropUnusedCycleState1796137923057';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_70c8910cfafe04ba0f0524e629\"");
    await queryRunner.query("CREATE TABLE \"temporary_evaluation_cycle\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"unitId\" integer NOT NULL, \"opensOn\" date NOT NULL, \"closesOn\" date NOT NULL, \"state\" varchar CHECK( \"state\" IN ('OPEN','CLOSED') ) NOT NULL, \"quotaPercent\" integer NOT NULL DEFAULT (20), \"quotaDecision\" text, \"quotaByDutyGroup\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(3) NOT NULL, \"selfAssessBy\" date, CONSTRAINT \"FK_806b4cbed2a2bc844d3da33b079\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_evaluation_cycle\"(\"id\", \"year\", \"unitId\", \"opensOn\", \"closesOn\", \"state\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"createdAt\", \"selfAssessBy\") SELECT \"id\", \"year\", \"unitId\", \"opensOn\", \"closesOn\", \"state\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"createdAt\", \"selfAssessBy\" FROM \"evaluation_cycle\"");
    await queryRunner.query("DROP TABLE \"evaluation_cycle\"");
    await queryRunner.query("ALTER TABLE \"temporary_evaluation_cycle\" RENAME TO \"evaluation_cycle\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_70c8910cfafe04ba0f0524e629\" ON \"evaluation_cycle\" (\"year\", \"unitId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_70c8910cfafe04ba0f0524e629\"");
    await queryRunner.query("ALTER TABLE \"evaluation_cycle\" RENAME TO \"temporary_evaluation_cycle\"");
    await queryRunner.query("CREATE TABLE \"evaluation_cycle\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"year\" integer NOT NULL, \"unitId\" integer NOT NULL, \"opensOn\" date NOT NULL, \"closesOn\" date NOT NULL, \"state\" varchar CHECK( \"state\" IN ('OPEN','FINALISING','CLOSED') ) NOT NULL, \"quotaPercent\" integer NOT NULL DEFAULT (20), \"quotaDecision\" text, \"quotaByDutyGroup\" boolean NOT NULL DEFAULT (0), \"createdAt\" datetime(3) NOT NULL, \"selfAssessBy\" date, CONSTRAINT \"FK_806b4cbed2a2bc844d3da33b079\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"evaluation_cycle\"(\"id\", \"year\", \"unitId\", \"opensOn\", \"closesOn\", \"state\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"createdAt\", \"selfAssessBy\") SELECT \"id\", \"year\", \"unitId\", \"opensOn\", \"closesOn\", \"state\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"createdAt\", \"selfAssessBy\" FROM \"temporary_evaluation_cycle\"");
    await queryRunner.query("DROP TABLE \"temporary_evaluation_cycle\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_70c8910cfafe04ba0f0524e629\" ON \"evaluation_cycle\" (\"year\", \"unitId\") ");
  }
}
