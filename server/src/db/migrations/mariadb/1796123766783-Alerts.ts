import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Alerts1796123766783 implements MigrationInterface {
  name = 'Alerts1796123766783';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `alert_read` (`accountId` int NOT NULL, `alertKey` varchar(120) NOT NULL, `readAt` datetime(3) NOT NULL, PRIMARY KEY (`accountId`, `alertKey`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `alert_preference` (`accountId` int NOT NULL, `email` varchar(255) NULL, `dailyDigest` tinyint NOT NULL DEFAULT 1, `updatedAt` datetime(3) NOT NULL, PRIMARY KEY (`accountId`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `alert_preference`");
    await queryRunner.query("DROP TABLE `alert_read`");
  }
}
