import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795740000000 implements MigrationInterface {
  name = 'Accounts1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `account` (`id` int NOT NULL AUTO_INCREMENT, `username` varchar(100) NOT NULL, `passwordHash` varchar(255) NOT NULL, `officialId` int NULL, `disabled` tinyint NOT NULL DEFAULT 0, `passwordTemporary` tinyint NOT NULL DEFAULT 0, `failedLogins` int NOT NULL DEFAULT '0', `lockedUntil` datetime(3) NULL, `lastLoginAt` datetime(3) NULL, `tokenVersion` int NOT NULL DEFAULT '1', `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `IDX_41dfcb70af895ddf9a53094515` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `account_role` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `role` enum ('ADMIN', 'LEADER', 'HR', 'HEAD', 'OFFICIAL') NOT NULL, `unitId` int NOT NULL, UNIQUE INDEX `IDX_10321007a4f4c1689a8afe65f8` (`accountId`, `role`, `unitId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `app_setting` (`key` varchar(100) NOT NULL, `value` text NOT NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `task_event` ADD `actorAccountId` int NULL");
    await queryRunner.query("ALTER TABLE `account` ADD CONSTRAINT `FK_e0b25fd8dcc0896103b8bed838b` FOREIGN KEY (`officialId`) REFERENCES `official`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `account_role` ADD CONSTRAINT `FK_28abfa0f6e6e035cecc6ad8df6a` FOREIGN KEY (`accountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `account_role` ADD CONSTRAINT `FK_2104393db2ec3956a646d6f617b` FOREIGN KEY (`unitId`) REFERENCES `unit`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `task_event` ADD CONSTRAINT `FK_4205f52ac7fb3b1f92facc4c86c` FOREIGN KEY (`actorAccountId`) REFERENCES `account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `task_event` DROP FOREIGN KEY `FK_4205f52ac7fb3b1f92facc4c86c`");
    await queryRunner.query("ALTER TABLE `account_role` DROP FOREIGN KEY `FK_2104393db2ec3956a646d6f617b`");
    await queryRunner.query("ALTER TABLE `account_role` DROP FOREIGN KEY `FK_28abfa0f6e6e035cecc6ad8df6a`");
    await queryRunner.query("ALTER TABLE `account` DROP FOREIGN KEY `FK_e0b25fd8dcc0896103b8bed838b`");
    await queryRunner.query("ALTER TABLE `task_event` DROP COLUMN `actorAccountId`");
    await queryRunner.query("DROP TABLE `app_setting`");
    await queryRunner.query("DROP INDEX `IDX_10321007a4f4c1689a8afe65f8` ON `account_role`");
    await queryRunner.query("DROP TABLE `account_role`");
    await queryRunner.query("DROP INDEX `IDX_41dfcb70af895ddf9a53094515` ON `account`");
    await queryRunner.query("DROP TABLE `account`");
  }
}
