import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Kpi1795750000000 implements MigrationInterface {
  name = 'Kpi1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `indicator_catalogue` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(50) NOT NULL, `name` varchar(255) NOT NULL, `appliesFrom` date NOT NULL, `source` text NOT NULL, UNIQUE INDEX `IDX_ff91ee0cac809a96f921287d2e` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator_group` (`id` int NOT NULL AUTO_INCREMENT, `catalogueId` int NOT NULL, `code` varchar(20) NOT NULL, `nameVi` varchar(255) NOT NULL, `nameEn` varchar(255) NOT NULL, `max` int NOT NULL, `sortOrder` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_e8ee48d64b9171a2b661705ad2` (`catalogueId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator` (`id` int NOT NULL AUTO_INCREMENT, `groupId` int NOT NULL, `code` varchar(20) NOT NULL, `nameVi` varchar(255) NOT NULL, `nameEn` varchar(255) NOT NULL, `max` int NULL, `rule` text NULL, `uncertain` tinyint NOT NULL DEFAULT 0, `sortOrder` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_bc790ec9647bbdb58076052584` (`groupId`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator_result` (`id` int NOT NULL AUTO_INCREMENT, `unitId` int NOT NULL, `catalogueId` int NOT NULL, `periodKind` enum ('MONTH', 'QUARTER', 'FIRST_MONTHS', 'YEAR') NOT NULL, `year` int NOT NULL, `periodNumber` int NOT NULL, `total` int NOT NULL, `asPublished` tinyint NOT NULL DEFAULT 0, `note` text NULL, `inconsistency` text NULL, `createdAt` datetime(3) NOT NULL, `createdByAccountId` int NULL, UNIQUE INDEX `IDX_195ccbbecc6eee25f4330ceadb` (`unitId`, `periodKind`, `year`, `periodNumber`, `catalogueId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator_group_score` (`id` int NOT NULL AUTO_INCREMENT, `resultId` int NOT NULL, `groupId` int NOT NULL, `score` int NOT NULL, UNIQUE INDEX `IDX_cf3f6d16161edf962605668e2b` (`resultId`, `groupId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `indicator_value` (`id` int NOT NULL AUTO_INCREMENT, `resultId` int NOT NULL, `indicatorId` int NOT NULL, `score` int NULL, `rate` int NULL, UNIQUE INDEX `IDX_f4629374d4e791639df769e7c5` (`resultId`, `indicatorId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_indicator_target` (`id` int NOT NULL AUTO_INCREMENT, `taskId` int NOT NULL, `indicatorId` int NOT NULL, `target` int NOT NULL, `baseline` int NULL, INDEX `IDX_d69161f98524758fa990e344c3` (`indicatorId`), UNIQUE INDEX `IDX_8315108d4dbc08e609bf12f797` (`taskId`, `indicatorId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `indicator_group` ADD CONSTRAINT `FK_43bc662b0f1ce1dd1fdca737662` FOREIGN KEY (`catalogueId`) REFERENCES `indicator_catalogue`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator` ADD CONSTRAINT `FK_5cba94151c5bc08c718072c68f2` FOREIGN KEY (`groupId`) REFERENCES `indicator_group`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_result` ADD CONSTRAINT `FK_6fd11cbe5a2c101861525b40b9e` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_result` ADD CONSTRAINT `FK_7642105003afcab74854cbc7785` FOREIGN KEY (`catalogueId`) REFERENCES `indicator_catalogue`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_result` ADD CONSTRAINT `FK_440d9f85a93f579eabe75a81947` FOREIGN KEY (`createdByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_group_score` ADD CONSTRAINT `FK_cd96270f136338618de4396ee2a` FOREIGN KEY (`resultId`) REFERENCES `indicator_result`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_group_score` ADD CONSTRAINT `FK_118b47da6d977b45476892e675b` FOREIGN KEY (`groupId`) REFERENCES `indicator_group`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_value` ADD CONSTRAINT `FK_d277ff0f6519bfaf803f28fd553` FOREIGN KEY (`resultId`) REFERENCES `indicator_result`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `indicator_value` ADD CONSTRAINT `FK_c9eedeb05df74e74a2175b994bf` FOREIGN KEY (`indicatorId`) REFERENCES `indicator`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_indicator_target` ADD CONSTRAINT `FK_cb8f2749d99c4d7aeefdf853fe4` FOREIGN KEY (`taskId`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_indicator_target` ADD CONSTRAINT `FK_d69161f98524758fa990e344c3a` FOREIGN KEY (`indicatorId`) REFERENCES `indicator`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `task_indicator_target` DROP FOREIGN KEY `FK_d69161f98524758fa990e344c3a`");
    await queryRunner.query("ALTER TABLE `task_indicator_target` DROP FOREIGN KEY `FK_cb8f2749d99c4d7aeefdf853fe4`");
    await queryRunner.query("ALTER TABLE `indicator_value` DROP FOREIGN KEY `FK_c9eedeb05df74e74a2175b994bf`");
    await queryRunner.query("ALTER TABLE `indicator_value` DROP FOREIGN KEY `FK_d277ff0f6519bfaf803f28fd553`");
    await queryRunner.query("ALTER TABLE `indicator_group_score` DROP FOREIGN KEY `FK_118b47da6d977b45476892e675b`");
    await queryRunner.query("ALTER TABLE `indicator_group_score` DROP FOREIGN KEY `FK_cd96270f136338618de4396ee2a`");
    await queryRunner.query("ALTER TABLE `indicator_result` DROP FOREIGN KEY `FK_440d9f85a93f579eabe75a81947`");
    await queryRunner.query("ALTER TABLE `indicator_result` DROP FOREIGN KEY `FK_7642105003afcab74854cbc7785`");
    await queryRunner.query("ALTER TABLE `indicator_result` DROP FOREIGN KEY `FK_6fd11cbe5a2c101861525b40b9e`");
    await queryRunner.query("ALTER TABLE `indicator` DROP FOREIGN KEY `FK_5cba94151c5bc08c718072c68f2`");
    await queryRunner.query("ALTER TABLE `indicator_group` DROP FOREIGN KEY `FK_43bc662b0f1ce1dd1fdca737662`");
    await queryRunner.query("DROP INDEX `IDX_8315108d4dbc08e609bf12f797` ON `task_indicator_target`");
    await queryRunner.query("DROP INDEX `IDX_d69161f98524758fa990e344c3` ON `task_indicator_target`");
    await queryRunner.query("DROP TABLE `task_indicator_target`");
    await queryRunner.query("DROP INDEX `IDX_f4629374d4e791639df769e7c5` ON `indicator_value`");
    await queryRunner.query("DROP TABLE `indicator_value`");
    await queryRunner.query("DROP INDEX `IDX_cf3f6d16161edf962605668e2b` ON `indicator_group_score`");
    await queryRunner.query("DROP TABLE `indicator_group_score`");
    await queryRunner.query("DROP INDEX `IDX_195ccbbecc6eee25f4330ceadb` ON `indicator_result`");
    await queryRunner.query("DROP TABLE `indicator_result`");
    await queryRunner.query("DROP INDEX `IDX_bc790ec9647bbdb58076052584` ON `indicator`");
    await queryRunner.query("DROP TABLE `indicator`");
    await queryRunner.query("DROP INDEX `IDX_e8ee48d64b9171a2b661705ad2` ON `indicator_group`");
    await queryRunner.query("DROP TABLE `indicator_group`");
    await queryRunner.query("DROP INDEX `IDX_ff91ee0cac809a96f921287d2e` ON `indicator_catalogue`");
    await queryRunner.query("DROP TABLE `indicator_catalogue`");
  }
}
