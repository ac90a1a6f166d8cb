import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JobRun1796123332512 implements MigrationInterface {
  name = 'JobRun1796123332512';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"job_run\" (\"job\" varchar(64) NOT NULL, \"period\" varchar(32) NOT NULL, \"state\" varchar CHECK( \"state\" IN ('RUNNING','DONE','FAILED') ) NOT NULL, \"holder\" varchar(128) NOT NULL, \"startedAt\" datetime(3) NOT NULL, \"leaseUntil\" datetime(3) NOT NULL, \"finishedAt\" datetime(3), \"attempts\" integer NOT NULL DEFAULT (1), \"error\" varchar(1000), PRIMARY KEY (\"job\", \"period\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"job_run\"");
  }
}
