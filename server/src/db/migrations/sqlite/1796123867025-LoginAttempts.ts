import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginAttempts1796123867025 implements MigrationInterface {
  name = 'LoginAttempts1796123867025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"username\" varchar(100) NOT NULL, \"source\" varchar(64) NOT NULL, \"failures\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(3), \"lastTryAt\" datetime(3) NOT NULL, PRIMARY KEY (\"username\", \"source\"))");
    await queryRunner.query("CREATE INDEX \"IDX_f8757c7d0f6ed3d8b1363daf1c\" ON \"login_attempt\" (\"lastTryAt\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_f8757c7d0f6ed3d8b1363daf1c\"");
    await queryRunner.query("DROP TABLE \"login_attempt\"");
  }
}
