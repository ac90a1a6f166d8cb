import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitQuota1795770000000 implements MigrationInterface {
  name = 'UnitQuota1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"evaluation_unit_quota\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"unitId\" integer NOT NULL, \"quotaPercent\" integer NOT NULL, \"quotaDecision\" text, \"quotaByDutyGroup\" boolean NOT NULL DEFAULT (0), \"setByAccountId\" integer, \"setAt\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f0f34f47296212ab5dd011f42c\" ON \"evaluation_unit_quota\" (\"cycleId\", \"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5dcf141222fe0a9fff90694fac\"");
    await queryRunner.query("CREATE TABLE \"temporary_unit_rating\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"year\" integer NOT NULL, \"derivedLevel\" varchar CHECK( \"derivedLevel\" IN ('OUTSTANDING','GOOD','COMPLETE','NOT_COMPLETE') ), \"confirmedLevel\" varchar CHECK( \"confirmedLevel\" IN ('OUTSTANDING','GOOD','COMPLETE','NOT_COMPLETE') ), \"confirmedByAccountId\" integer, \"evidence\" text NOT NULL, \"explanation\" text, \"confirmedAt\" datetime(3), CONSTRAINT \"FK_3e41690aff1071d697cb600e22f\" FOREIGN KEY (\"confirmedByAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_17ee42dbf2afe2c925471ccfd8e\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_unit_rating\"(\"id\", \"unitId\", \"year\", \"derivedLevel\", \"confirmedLevel\", \"confirmedByAccountId\", \"evidence\") SELECT \"id\", \"unitId\", \"year\", \"derivedLevel\", \"confirmedLevel\", \"confirmedByAccountId\", \"evidence\" FROM \"unit_rating\"");
    await queryRunner.query("DROP TABLE \"unit_rating\"");
    await queryRunner.query("ALTER TABLE \"temporary_unit_rating\" RENAME TO \"unit_rating\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5dcf141222fe0a9fff90694fac\" ON \"unit_rating\" (\"unitId\", \"year\") ");
    await queryRunner.query("DROP INDEX \"IDX_f0f34f47296212ab5dd011f42c\"");
    await queryRunner.query("CREATE TABLE \"temporary_evaluation_unit_quota\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"unitId\" integer NOT NULL, \"quotaPercent\" integer NOT NULL, \"quotaDecision\" text, \"quotaByDutyGroup\" boolean NOT NULL DEFAULT (0), \"setByAccountId\" integer, \"setAt\" datetime(3) NOT NULL, CONSTRAINT \"FK_276a1c7619c49f895a0b609d54d\" FOREIGN KEY (\"cycleId\") REFERENCES \"evaluation_cycle\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_42d7703e911fedc0e0cd0fdb9b4\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_558fc96132b255b731ffbf5fba9\" FOREIGN KEY (\"setByAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_evaluation_unit_quota\"(\"id\", \"cycleId\", \"unitId\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"setByAccountId\", \"setAt\") SELECT \"id\", \"cycleId\", \"unitId\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"setByAccountId\", \"setAt\" FROM \"evaluation_unit_quota\"");
    await queryRunner.query("DROP TABLE \"evaluation_unit_quota\"");
    await queryRunner.query("ALTER TABLE \"temporary_evaluation_unit_quota\" RENAME TO \"evaluation_unit_quota\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f0f34f47296212ab5dd011f42c\" ON \"evaluation_unit_quota\" (\"cycleId\", \"unitId\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f0f34f47296212ab5dd011f42c\"");
    await queryRunner.query("ALTER TABLE \"evaluation_unit_quota\" RENAME TO \"temporary_evaluation_unit_quota\"");
    await queryRunner.query("CREATE TABLE \"evaluation_unit_quota\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"cycleId\" integer NOT NULL, \"unitId\" integer NOT NULL, \"quotaPercent\" integer NOT NULL, \"quotaDecision\" text, \"quotaByDutyGroup\" boolean NOT NULL DEFAULT (0), \"setByAccountId\" integer, \"setAt\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"evaluation_unit_quota\"(\"id\", \"cycleId\", \"unitId\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"setByAccountId\", \"setAt\") SELECT \"id\", \"cycleId\", \"unitId\", \"quotaPercent\", \"quotaDecision\", \"quotaByDutyGroup\", \"setByAccountId\", \"setAt\" FROM \"temporary_evaluation_unit_quota\"");
    await queryRunner.query("DROP TABLE \"temporary_evaluation_unit_quota\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_f0f34f47296212ab5dd011f42c\" ON \"evaluation_unit_quota\" (\"cycleId\", \"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_5dcf141222fe0a9fff90694fac\"");
    await queryRunner.query("ALTER TABLE \"unit_rating\" RENAME TO \"temporary_unit_rating\"");
    await queryRunner.query("CREATE TABLE \"unit_rating\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"unitId\" integer NOT NULL, \"year\" integer NOT NULL, \"derivedLevel\" varchar CHECK( \"derivedLevel\" IN ('OUTSTANDING','GOOD','COMPLETE','NOT_COMPLETE') ), \"confirmedLevel\" varchar CHECK( \"confirmedLevel\" IN ('OUTSTANDING','GOOD','COMPLETE','NOT_COMPLETE') ), \"confirmedByAccountId\" integer, \"evidence\" text NOT NULL, CONSTRAINT \"FK_3e41690aff1071d697cb600e22f\" FOREIGN KEY (\"confirmedByAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_17ee42dbf2afe2c925471ccfd8e\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"unit_rating\"(\"id\", \"unitId\", \"year\", \"derivedLevel\", \"confirmedLevel\", \"confirmedByAccountId\", \"evidence\") SELECT \"id\", \"unitId\", \"year\", \"derivedLevel\", \"confirmedLevel\", \"confirmedByAccountId\", \"evidence\" FROM \"temporary_unit_rating\"");
    await queryRunner.query("DROP TABLE \"temporary_unit_rating\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_5dcf141222fe0a9fff90694fac\" ON \"unit_rating\" (\"unitId\", \"year\") ");
    await queryRunner.query("DROP INDEX \"IDX_f0f34f47296212ab5dd011f42c\"");
    await queryRunner.query("DROP TABLE \"evaluation_unit_quota\"");
  }
}
