import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropUnusedCycleState1796137923057 implements MigrationInterface {
  name = 'DropUnusedCycleState1796137923057';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation_cycle` CHANGE `state` `state` enum ('OPEN', 'CLOSED') NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `evaluation_cycle` CHANGE `state` `state` enum ('OPEN', 'FINALISING', 'CLOSED') NOT NULL");
  }
}
