import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evaluation1795760000000 implements MigrationInterface {
  name = 'Evaluation1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evaluation_cycle` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `unitId` int NOT NULL, `opensOn` date NOT NULL, `closesOn` date NOT NULL, `state` enum ('OPEN', 'FINALISING', 'CLOSED') NOT NULL, `quotaPercent` int NOT NULL DEFAULT '20', `quotaDecision` text NULL, `quotaByDutyGroup` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_70c8910cfafe04ba0f0524e629` (`year`, `unitId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evaluation` (`id` int NOT NULL AUTO_INCREMENT, `cycleId` int NOT NULL, `officialId` int NOT NULL, `unitId` int NOT NULL, `position` varchar(255) NOT NULL, `isLeader` tinyint NOT NULL DEFAULT 0, `category` enum ('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC') NOT NULL, `quotaGroup` varchar(50) NOT NULL, `state` enum ('NOT_RATED', 'OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED', 'DECIDED', 'PUBLISHED') NOT NULL, `notRatedReason` text NULL, `rulebookId` varchar(50) NULL, `legalBasis` text NULL, `monthsWorked` int NOT NULL DEFAULT '12', `monthsAbsent` int NOT NULL DEFAULT '0', `maternityLeave` tinyint NOT NULL DEFAULT 0, `disciplined` tinyint NOT NULL DEFAULT 0, `evidence` text NOT NULL, `proposedLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `proposedPoints` int NULL, `explanation` text NOT NULL, `generalPoints` int NULL, `selfAssessment` text NULL, `selfLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `headLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `headComment` text NULL, `hrComment` text NULL, `decidedLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `decisionReason` text NULL, `aboveUnitBound` tinyint NOT NULL DEFAULT 0, `secondNotComplete` tinyint NOT NULL DEFAULT 0, `version` int NOT NULL DEFAULT '1', INDEX `IDX_945df4413974fb0e2dacd71de3` (`cycleId`, `unitId`, `quotaGroup`), UNIQUE INDEX `IDX_962e0575244ea5d53963ac6c00` (`cycleId`, `officialId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evaluation_step` (`id` int NOT NULL AUTO_INCREMENT, `evaluationId` int NOT NULL, `at` datetime(3) NOT NULL, `accountId` int NULL, `action` varchar(30) NOT NULL, `fromState` enum ('NOT_RATED', 'OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED', 'DECIDED', 'PUBLISHED') NULL, `toState` enum ('NOT_RATED', 'OPEN', 'SELF_ASSESSED', 'PROPOSED', 'REVIEWED', 'DECIDED', 'PUBLISHED') NOT NULL, `level` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `reason` text NULL, INDEX `IDX_4d486e080664bc8409f71ac3be` (`evaluationId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `unit_rating` (`id` int NOT NULL AUTO_INCREMENT, `unitId` int NOT NULL, `year` int NOT NULL, `derivedLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `confirmedLevel` enum ('OUTSTANDING', 'GOOD', 'COMPLETE', 'NOT_COMPLETE') NULL, `confirmedByAccountId` int NULL, `evidence` text NOT NULL, UNIQUE INDEX `IDX_5dcf141222fe0a9fff90694fac` (`unitId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evaluation_quota_lock` (`id` int NOT NULL AUTO_INCREMENT, `cycleId` int NOT NULL, `unitId` int NOT NULL, `quotaGroup` varchar(50) NOT NULL, `touched` int NOT NULL DEFAULT '0', UNIQUE INDEX `IDX_47b57a428afc1e32d65c9a7373` (`cycleId`, `unitId`, `quotaGroup`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `evaluation_cycle` ADD CONSTRAINT `FK_806b4cbed2a2bc844d3da33b079` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_310de57c9f1d8d4acce8aea3859` FOREIGN KEY (`cycleId`) REFERENCES `evaluation_cycle`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_2049d34ab776a9b103f6bbb6051` FOREIGN KEY (`officialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation` ADD CONSTRAINT `FK_e79b49947c78df384462fb8a79e` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_step` ADD CONSTRAINT `FK_f7bc3d3b87b498c30dd28b8cf8c` FOREIGN KEY (`evaluationId`) REFERENCES `evaluation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evaluation_step` ADD CONSTRAINT `FK_f56e1ed5e73e73a5d32660bd0e0` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `unit_rating` ADD CONSTRAINT `FK_17ee42dbf2afe2c925471ccfd8e` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `unit_rating` ADD CONSTRAINT `FK_3e41690aff1071d697cb600e22f` FOREIGN KEY (`confirmedByAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `unit_rating` DROP FOREIGN KEY `FK_3e41690aff1071d697cb600e22f`");
    await queryRunner.query("ALTER TABLE `unit_rating` DROP FOREIGN KEY `FK_17ee42dbf2afe2c925471ccfd8e`");
    await queryRunner.query("ALTER TABLE `evaluation_step` DROP FOREIGN KEY `FK_f56e1ed5e73e73a5d32660bd0e0`");
    await queryRunner.query("ALTER TABLE `evaluation_step` DROP FOREIGN KEY `FK_f7bc3d3b87b498c30dd28b8cf8c`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_e79b49947c78df384462fb8a79e`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_2049d34ab776a9b103f6bbb6051`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP FOREIGN KEY `FK_310de57c9f1d8d4acce8aea3859`");
    await queryRunner.query("ALTER TABLE `evaluation_cycle` DROP FOREIGN KEY `FK_806b4cbed2a2bc844d3da33b079`");
    await queryRunner.query("DROP INDEX `IDX_47b57a428afc1e32d65c9a7373` ON `evaluation_quota_lock`");
    await queryRunner.query("DROP TABLE `evaluation_quota_lock`");
    await queryRunner.query("DROP INDEX `IDX_5dcf141222fe0a9fff90694fac` ON `unit_rating`");
    await queryRunner.query("DROP TABLE `unit_rating`");
    await queryRunner.query("DROP INDEX `IDX_4d486e080664bc8409f71ac3be` ON `evaluation_step`");
    await queryRunner.query("DROP TABLE `evaluation_step`");
    await queryRunner.query("DROP INDEX `IDX_962e0575244ea5d53963ac6c00` ON `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_945df4413974fb0e2dacd71de3` ON `evaluation`");
    await queryRunner.query("DROP TABLE `evaluation`");
    await queryRunner.query("DROP INDEX `IDX_70c8910cfafe04ba0f0524e629` ON `evaluation_cycle`");
    await queryRunner.query("DROP TABLE `evaluation_cycle`");
  }
}
