import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795726603616 implements MigrationInterface {
  name = 'Initial1795726603616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `official` (`id` int NOT NULL AUTO_INCREMENT, `fullName` varchar(255) NOT NULL, `category` enum ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC') NOT NULL, `isSample` tinyint NOT NULL DEFAULT 0, `searchText` varchar(1000) NOT NULL DEFAULT '', PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `unit` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(50) NOT NULL, `name` varchar(255) NOT NULL, `kind` enum ('PROVINCE', 'PROVINCE_DEPARTMENT', 'DISTRICT', 'DISTRICT_OFFICE', 'COMMUNE', 'WARD', 'TOWN', 'SPECIAL_ZONE', 'OTHER') NOT NULL, `parentId` int NULL, `path` varchar(500) NOT NULL, `validFrom` date NULL, `validTo` date NULL, `isSample` tinyint NOT NULL DEFAULT 0, `searchText` varchar(1000) NOT NULL DEFAULT '', UNIQUE INDEX `IDX_dfb75cdb2a790fb84327e1d1b1` (`code`), INDEX `IDX_6a42789435a8ddd07c08bb02c0` (`path`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `document` (`id` int NOT NULL AUTO_INCREMENT, `kind` enum ('CONCLUSION', 'DECISION', 'PLAN', 'OTHER') NOT NULL, `number` varchar(100) NOT NULL, `issuedOn` date NOT NULL, `issuingUnitId` int NOT NULL, `signerOfficialId` int NULL, `title` varchar(500) NOT NULL, `summary` text NOT NULL, `isSample` tinyint NOT NULL DEFAULT 0, `searchText` varchar(1000) NOT NULL DEFAULT '', PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `directive` (`id` int NOT NULL AUTO_INCREMENT, `documentId` int NOT NULL, `number` int NOT NULL, `text` text NOT NULL, UNIQUE INDEX `IDX_e74bba4671d0e2497d50ab7049` (`documentId`, `number`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `official_assignment` (`id` int NOT NULL AUTO_INCREMENT, `officialId` int NOT NULL, `unitId` int NOT NULL, `position` varchar(255) NOT NULL, `role` enum ('HEAD', 'DEPUTY', 'MEMBER') NOT NULL, `dutyGroup` enum ('LEADERSHIP', 'ONE_STOP_DESK', 'CADASTRAL', 'JUSTICE', 'CULTURE_SOCIAL', 'OTHER') NOT NULL, `validFrom` date NOT NULL, `validTo` date NULL, INDEX `IDX_13d2720538eaf3286edcda8755` (`unitId`), INDEX `IDX_1a2b431e8b20a5be4f6a879931` (`officialId`, `validFrom`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task` (`id` int NOT NULL AUTO_INCREMENT, `title` varchar(500) NOT NULL, `description` text NOT NULL, `directiveId` int NULL, `leadUnitId` int NOT NULL, `responsibleOfficialId` int NULL, `createdByOfficialId` int NULL, `startDate` date NOT NULL, `deadline` date NULL, `originalDeadline` date NULL, `weight` int NOT NULL DEFAULT '1', `expectedResult` text NOT NULL, `state` enum ('NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE', 'DONE', 'CANCELLED') NOT NULL, `percentDone` int NOT NULL DEFAULT '0', `reportedDoneOn` date NULL, `completedOn` date NULL, `exceeded` tinyint NOT NULL DEFAULT 0, `returnCount` int NOT NULL DEFAULT '0', `version` int NOT NULL DEFAULT '1', `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `deletedAt` datetime(3) NULL, `searchText` varchar(1000) NOT NULL DEFAULT '', INDEX `IDX_3fb9841199d29e1888e0160722` (`directiveId`), INDEX `IDX_8746842bddf5894abaa5f746f5` (`responsibleOfficialId`), INDEX `IDX_d6ce64ab404f3d213339b1d38c` (`deadline`), INDEX `IDX_40f4ee42be282a7ad37cbff1fb` (`leadUnitId`, `deletedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_coordinating_unit` (`taskId` int NOT NULL, `unitId` int NOT NULL, INDEX `IDX_66aeadcd190798bbbefb2c3805` (`unitId`), PRIMARY KEY (`taskId`, `unitId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_assignee` (`taskId` int NOT NULL, `officialId` int NOT NULL, INDEX `IDX_8b3981db7ac36c121a78c748fb` (`officialId`), PRIMARY KEY (`taskId`, `officialId`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_event` (`id` int NOT NULL AUTO_INCREMENT, `taskId` int NOT NULL, `at` datetime(3) NOT NULL, `actorOfficialId` int NULL, `action` enum ('CREATED', 'EDITED', 'DEADLINE_CHANGED', 'PROGRESS_REPORTED', 'ACCEPTED', 'RETURNED', 'DELETED') NOT NULL, `field` varchar(100) NULL, `before` text NULL, `after` text NULL, `reason` text NULL, INDEX `IDX_b90de87fc99767dba480c260cd` (`taskId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `task_update` (`id` int NOT NULL AUTO_INCREMENT, `taskId` int NOT NULL, `officialId` int NOT NULL, `reportedAt` datetime(3) NOT NULL, `reportedOn` date NOT NULL, `state` enum ('NOT_STARTED', 'IN_PROGRESS', 'REPORTED_DONE', 'DONE', 'CANCELLED') NOT NULL, `percentDone` int NOT NULL, `note` text NOT NULL, `evidenceLinks` text NOT NULL, INDEX `IDX_9baca8184bd2456b5d412aee09` (`taskId`, `reportedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `unit` ADD CONSTRAINT `FK_5dd750900308d1d70a3848b92c1` FOREIGN KEY (`parentId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `document` ADD CONSTRAINT `FK_098d890e34648d68532d4f747ae` FOREIGN KEY (`issuingUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `document` ADD CONSTRAINT `FK_7e454f1d934765c3c20a13c9fe0` FOREIGN KEY (`signerOfficialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `directive` ADD CONSTRAINT `FK_b676761948e17432d0e8ef2f9a5` FOREIGN KEY (`documentId`) REFERENCES `document`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `official_assignment` ADD CONSTRAINT `FK_4afd7333d03188194a98e5a6691` FOREIGN KEY (`officialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `official_assignment` ADD CONSTRAINT `FK_13d2720538eaf3286edcda87550` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task` ADD CONSTRAINT `FK_3fb9841199d29e1888e01607228` FOREIGN KEY (`directiveId`) REFERENCES `directive`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task` ADD CONSTRAINT `FK_bc430df391785e5dfa7682f072a` FOREIGN KEY (`leadUnitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task` ADD CONSTRAINT `FK_8746842bddf5894abaa5f746f57` FOREIGN KEY (`responsibleOfficialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task` ADD CONSTRAINT `FK_57567f6256ed6de8f36de2198e6` FOREIGN KEY (`createdByOfficialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_coordinating_unit` ADD CONSTRAINT `FK_71befe74fda4fb93e8232c007c6` FOREIGN KEY (`taskId`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_coordinating_unit` ADD CONSTRAINT `FK_66aeadcd190798bbbefb2c3805e` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_assignee` ADD CONSTRAINT `FK_85cfe535e3ffd256e42c9e4206a` FOREIGN KEY (`taskId`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_assignee` ADD CONSTRAINT `FK_8b3981db7ac36c121a78c748fbb` FOREIGN KEY (`officialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_event` ADD CONSTRAINT `FK_aac7a677233eb7637f194788031` FOREIGN KEY (`taskId`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_event` ADD CONSTRAINT `FK_ef4abf39dccab279024dec03075` FOREIGN KEY (`actorOfficialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_4699f81f29b8ce84c69c8c00f08` FOREIGN KEY (`taskId`) REFERENCES `task`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_update` ADD CONSTRAINT `FK_8b80f10eb70986fbef67bb819c2` FOREIGN KEY (`officialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_8b80f10eb70986fbef67bb819c2`");
    await queryRunner.query("ALTER TABLE `task_update` DROP FOREIGN KEY `FK_4699f81f29b8ce84c69c8c00f08`");
    await queryRunner.query("ALTER TABLE `task_event` DROP FOREIGN KEY `FK_ef4abf39dccab279024dec03075`");
    await queryRunner.query("ALTER TABLE `task_event` DROP FOREIGN KEY `FK_aac7a677233eb7637f194788031`");
    await queryRunner.query("ALTER TABLE `task_assignee` DROP FOREIGN KEY `FK_8b3981db7ac36c121a78c748fbb`");
    await queryRunner.query("ALTER TABLE `task_assignee` DROP FOREIGN KEY `FK_85cfe535e3ffd256e42c9e4206a`");
    await queryRunner.query("ALTER TABLE `task_coordinating_unit` DROP FOREIGN KEY `FK_66aeadcd190798bbbefb2c3805e`");
    await queryRunner.query("ALTER TABLE `task_coordinating_unit` DROP FOREIGN KEY `FK_71befe74fda4fb93e8232c007c6`");
    await queryRunner.query("ALTER TABLE `task` DROP FOREIGN KEY `FK_57567f6256ed6de8f36de2198e6`");
    await queryRunner.query("ALTER TABLE `task` DROP FOREIGN KEY `FK_8746842bddf5894abaa5f746f57`");
    await queryRunner.query("ALTER TABLE `task` DROP FOREIGN KEY `FK_bc430df391785e5dfa7682f072a`");
    await queryRunner.query("ALTER TABLE `task` DROP FOREIGN KEY `FK_3fb9841199d29e1888e01607228`");
    await queryRunner.query("ALTER TABLE `official_assignment` DROP FOREIGN KEY `FK_13d2720538eaf3286edcda87550`");
    await queryRunner.query("ALTER TABLE `official_assignment` DROP FOREIGN KEY `FK_4afd7333d03188194a98e5a6691`");
    await queryRunner.query("ALTER TABLE `directive` DROP FOREIGN KEY `FK_b676761948e17432d0e8ef2f9a5`");
    await queryRunner.query("ALTER TABLE `document` DROP FOREIGN KEY `FK_7e454f1d934765c3c20a13c9fe0`");
    await queryRunner.query("ALTER TABLE `document` DROP FOREIGN KEY `FK_098d890e34648d68532d4f747ae`");
    await queryRunner.query("ALTER TABLE `unit` DROP FOREIGN KEY `FK_5dd750900308d1d70a3848b92c1`");
    await queryRunner.query("DROP INDEX `IDX_9baca8184bd2456b5d412aee09` ON `task_update`");
    await queryRunner.query("DROP TABLE `task_update`");
    await queryRunner.query("DROP INDEX `IDX_b90de87fc99767dba480c260cd` ON `task_event`");
    await queryRunner.query("DROP TABLE `task_event`");
    await queryRunner.query("DROP INDEX `IDX_8b3981db7ac36c121a78c748fb` ON `task_assignee`");
    await queryRunner.query("DROP TABLE `task_assignee`");
    await queryRunner.query("DROP INDEX `IDX_66aeadcd190798bbbefb2c3805` ON `task_coordinating_unit`");
    await queryRunner.query("DROP TABLE `task_coordinating_unit`");
    await queryRunner.query("DROP INDEX `IDX_40f4ee42be282a7ad37cbff1fb` ON `task`");
    await queryRunner.query("DROP INDEX `IDX_d6ce64ab404f3d213339b1d38c` ON `task`");
    await queryRunner.query("DROP INDEX `IDX_8746842bddf5894abaa5f746f5` ON `task`");
    await queryRunner.query("DROP INDEX `IDX_3fb9841199d29e1888e0160722` ON `task`");
    await queryRunner.query("DROP TABLE `task`");
    await queryRunner.query("DROP INDEX `IDX_1a2b431e8b20a5be4f6a879931` ON `official_assignment`");
    await queryRunner.query("DROP INDEX `IDX_13d2720538eaf3286edcda8755` ON `official_assignment`");
    await queryRunner.query("DROP TABLE `official_assignment`");
    await queryRunner.query("DROP INDEX `IDX_e74bba4671d0e2497d50ab7049` ON `directive`");
    await queryRunner.query("DROP TABLE `directive`");
    await queryRunner.query("DROP TABLE `document`");
    await queryRunner.query("DROP INDEX `IDX_6a42789435a8ddd07c08bb02c0` ON `unit`");
    await queryRunner.query("DROP INDEX `IDX_dfb75cdb2a790fb84327e1d1b1` ON `unit`");
    await queryRunner.query("DROP TABLE `unit`");
    await queryRunner.query("DROP TABLE `official`");
  }
}
