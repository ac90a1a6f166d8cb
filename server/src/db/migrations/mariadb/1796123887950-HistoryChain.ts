import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One event log for every audit trail, as a hash chain, with its head kept apart (one row).
 * A database that already holds records starts un-baselined: the app enters them once at start.
 */
export class HistoryChain1796123887950 implements MigrationInterface {
  name = 'HistoryChain1796123887950';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `history_log` (`seq` int NOT NULL, `kind` varchar(40) NOT NULL, `recordId` int NOT NULL, `action` varchar(20) NOT NULL, `payload` text NOT NULL, `prevHash` varchar(64) NOT NULL, `hash` varchar(64) NOT NULL, INDEX `IDX_a1a1d3ac79e44955b90b5ca794` (`hash`), INDEX `IDX_60764bce53ac2b3d8b61a416c9` (`kind`, `recordId`), PRIMARY KEY (`seq`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `history_head` (`id` int NOT NULL, `seq` int NOT NULL, `hash` varchar(64) NOT NULL, `baselined` tinyint NOT NULL DEFAULT 0, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `evaluation` ADD `decidedEvidenceHash` varchar(64) NULL");
    await queryRunner.query(`INSERT INTO history_head (id, seq, hash, baselined) SELECT 1, 0, '0000000000000000000000000000000000000000000000000000000000000000', CASE WHEN EXISTS (SELECT 1 FROM task_event) OR EXISTS (SELECT 1 FROM task_update) OR EXISTS (SELECT 1 FROM evaluation_step) OR EXISTS (SELECT 1 FROM indicator_result) OR EXISTS (SELECT 1 FROM account) OR EXISTS (SELECT 1 FROM account_role) THEN 0 ELSE 1 END`);
    await queryRunner.query("CREATE TRIGGER `history_log_no_update` BEFORE UPDATE ON `history_log` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the history log is append-only'");
    await queryRunner.query("CREATE TRIGGER `history_log_no_delete` BEFORE DELETE ON `history_log` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the history log is append-only'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TRIGGER `history_log_no_delete`");
    await queryRunner.query("DROP TRIGGER `history_log_no_update`");
    await queryRunner.query("ALTER TABLE `evaluation` DROP COLUMN `decidedEvidenceHash`");
    await queryRunner.query("DROP TABLE `history_head`");
    await queryRunner.query("DROP INDEX `IDX_60764bce53ac2b3d8b61a416c9` ON `history_log`");
    await queryRunner.query("DROP INDEX `IDX_a1a1d3ac79e44955b90b5ca794` ON `history_log`");
    await queryRunner.query("DROP TABLE `history_log`");
  }
}
