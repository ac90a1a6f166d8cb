import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitQuota1795770000000 implements MigrationInterface {
  name = 'UnitQuota1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evaluation_unit_quota` (`id` int NOT NULL AUTO_INCREMENT, `cycleId` int NOT NULL, `unitId` int NOT NULL, `quotaPercent` int NOT NULL, `quotaDecision` text NULL, `quotaByDutyGroup` tinyint NOT NULL DEFAULT 0, `setByAccountId` int NULL, `setAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_f0f34f47296212ab5dd011f42c` (`cycleId`, `unitId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `unit_rating` ADD `explanation` text NULL");
    await queryRunner.query("ALTER TABLE `unit_rating` ADD `confirmedAt` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` ADD CONSTRAINT `FK_276a1c7619c49f895a0b609d54d` FOREIGN KEY (`cycleId`) REFERENCES `evaluation_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` ADD CONSTRAINT `FK_42d7703e911fedc0e0cd0fdb9b4` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` ADD CONSTRAINT `FK_558fc96132b255b731ffbf5fba9` FOREIGN KEY (`setByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` DROP FOREIGN KEY `FK_558fc96132b255b731ffbf5fba9`");
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` DROP FOREIGN KEY `FK_42d7703e911fedc0e0cd0fdb9b4`");
    await queryRunner.query("ALTER TABLE `evaluation_unit_quota` DROP FOREIGN KEY `FK_276a1c7619c49f895a0b609d54d`");
    await queryRunner.query("ALTER TABLE `unit_rating` DROP COLUMN `confirmedAt`");
    await queryRunner.query("ALTER TABLE `unit_rating` DROP COLUMN `explanation`");
    await queryRunner.query("DROP INDEX `IDX_f0f34f47296212ab5dd011f42c` ON `evaluation_unit_quota`");
    await queryRunner.query("DROP TABLE `evaluation_unit_quota`");
  }
}
