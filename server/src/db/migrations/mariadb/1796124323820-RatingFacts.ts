import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingFacts1796124323820 implements MigrationInterface {
  name = 'RatingFacts1796124323820';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `task` ADD `objectiveReturns` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `task` ADD `excusedDeadline` date NULL");
    await queryRunner.query("ALTER TABLE `task` ADD `excuseReason` text NULL");
    await queryRunner.query("ALTER TABLE `task` ADD `excusedByOfficialId` int NULL");
    await queryRunner.query("ALTER TABLE `task` ADD `extraDelays` int NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `ideologyDegradation` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `unitCorruption` tinyint NOT NULL DEFAULT 0");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `notCompleteBasis` text NULL");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `directingPercent` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `directingPercent`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `notCompleteBasis`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `unitCorruption`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `ideologyDegradation`");
    await queryRunner.query("ALTER TABLE `task` DROP COLUMN `extraDelays`");
    await queryRunner.query("ALTER TABLE `task` DROP COLUMN `excusedByOfficialId`");
    await queryRunner.query("ALTER TABLE `task` DROP COLUMN `excuseReason`");
    await queryRunner.query("ALTER TABLE `task` DROP COLUMN `excusedDeadline`");
    await queryRunner.query("ALTER TABLE `task` DROP COLUMN `objectiveReturns`");
  }
}
