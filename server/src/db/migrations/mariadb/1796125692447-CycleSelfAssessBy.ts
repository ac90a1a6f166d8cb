import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CycleSelfAssessBy1796125692447 implements MigrationInterface {
  name = 'CycleSelfAssessBy1796125692447';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation_cycle` ADD `selfAssessBy` date NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation_cycle` DROP COLUMN `selfAssessBy`");
  }
}
