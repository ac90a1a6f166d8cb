import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1796123766783 implements MigrationInterface {
  name = 'Alerts1796123766783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"alert_read\" (\"accountId\" integer NOT NULL, \"alertKey\" varchar(120) NOT NULL, \"readAt\" datetime(3) NOT NULL, PRIMARY KEY (\"accountId\", \"alertKey\"))");
    await queryRunner.query("CREATE TABLE \"alert_preference\" (\"accountId\" integer PRIMARY KEY NOT NULL, \"email\" varchar(255), \"dailyDigest\" boolean NOT NULL DEFAULT (1), \"updatedAt\" datetime(3) NOT NULL)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"alert_preference\"");
    await queryRunner.query("DROP TABLE \"alert_read\"");
  }
}
