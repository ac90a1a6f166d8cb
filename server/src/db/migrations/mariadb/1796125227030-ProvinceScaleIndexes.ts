import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProvinceScaleIndexes1796125227030 implements MigrationInterface {
  name = 'ProvinceScaleIndexes1796125227030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX `IDX_task_responsible_year` ON `task` (`responsibleOfficialId`, `deletedAt`, `originalDeadline`, `deadline`, `startDate`)");
    await queryRunner.query("CREATE INDEX `IDX_task_lead_timeliness` ON `task` (`leadUnitId`, `deletedAt`, `state`, `originalDeadline`, `deadline`, `completedOn`, `reportedDoneOn`, `startDate`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_task_lead_timeliness` ON `task`");
    await queryRunner.query("DROP INDEX `IDX_task_responsible_year` ON `task`");
  }
}
