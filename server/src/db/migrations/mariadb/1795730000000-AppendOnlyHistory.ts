import type { MigrationInterface, QueryRunner } from 'typeorm';

/** History is evidence: the database itself refuses to change or remove a line of it. */
export class AppendOnlyHistory1795730000000 implements MigrationInterface {
  name = 'AppendOnlyHistory1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TRIGGER `task_event_no_update` BEFORE UPDATE ON `task_event` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'task history is append-only'");
    await queryRunner.query("CREATE TRIGGER `task_event_no_delete` BEFORE DELETE ON `task_event` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'task history is append-only'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER `task_event_no_delete`');
    await queryRunner.query('DROP TRIGGER `task_event_no_update`');
  }
}
