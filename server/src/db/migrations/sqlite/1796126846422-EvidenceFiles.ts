import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EvidenceFiles1796126846422 implements MigrationInterface {
  name = 'EvidenceFiles1796126846422';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"evidence_file\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"taskId\" integer NOT NULL, \"taskUpdateId\" integer NOT NULL, \"fileName\" varchar(255) NOT NULL, \"mimeType\" varchar(100) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"uploadedByAccountId\" integer, \"uploadedAt\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"IDX_6e8a82ac5ed22701b5eba9df4f\" ON \"evidence_file\" (\"taskUpdateId\") ");
    await queryRunner.query("CREATE INDEX \"IDX_cb859912e19229cd9f6bec22b8\" ON \"evidence_file\" (\"taskId\") ");
    await queryRunner.query("CREATE TABLE \"evidence_chunk\" (\"fileId\" integer NOT NULL, \"seq\" integer NOT NULL, \"data\" blob NOT NULL, PRIMARY KEY (\"fileId\", \"seq\"))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"evidence_chunk\"");
    await queryRunner.query("DROP INDEX \"IDX_cb859912e19229cd9f6bec22b8\"");
    await queryRunner.query("DROP INDEX \"IDX_6e8a82ac5ed22701b5eba9df4f\"");
    await queryRunner.query("DROP TABLE \"evidence_file\"");
  }
}
