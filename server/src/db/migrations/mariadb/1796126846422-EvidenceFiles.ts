import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceFiles1796126846422 implements MigrationInterface {
  name = 'EvidenceFiles1796126846422';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `evidence_file` (`id` int NOT NULL AUTO_INCREMENT, `taskId` int NOT NULL, `taskUpdateId` int NOT NULL, `fileName` varchar(255) NOT NULL, `mimeType` varchar(100) NOT NULL, `size` int NOT NULL, `sha256` varchar(64) NOT NULL, `uploadedByAccountId` int NULL, `uploadedAt` datetime(3) NOT NULL, INDEX `IDX_6e8a82ac5ed22701b5eba9df4f` (`taskUpdateId`), INDEX `IDX_cb859912e19229cd9f6bec22b8` (`taskId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evidence_chunk` (`fileId` int NOT NULL, `seq` int NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`fileId`, `seq`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `evidence_chunk`");
    await queryRunner.query("DROP INDEX `IDX_cb859912e19229cd9f6bec22b8` ON `evidence_file`");
    await queryRunner.query("DROP INDEX `IDX_6e8a82ac5ed22701b5eba9df4f` ON `evidence_file`");
    await queryRunner.query("DROP TABLE `evidence_file`");
  }
}
