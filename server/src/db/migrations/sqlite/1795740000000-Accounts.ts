import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1795740000000 implements MigrationInterface {
  name = 'Accounts1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(100) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"officialId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordTemporary\" boolean NOT NULL DEFAULT (0), \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(3), \"lastLoginAt\" datetime(3), \"tokenVersion\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("CREATE TABLE \"account_role\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"role\" varchar CHECK( \"role\" IN ('ADMIN','LEADER','HR','HEAD','OFFICIAL') ) NOT NULL, \"unitId\" integer NOT NULL)");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_10321007a4f4c1689a8afe65f8\" ON \"account_role\" (\"accountId\", \"role\", \"unitId\") ");
    await queryRunner.query("CREATE TABLE \"app_setting\" (\"key\" varchar(100) PRIMARY KEY NOT NULL, \"value\" text NOT NULL)");
    await queryRunner.query("DROP INDEX \"IDX_b90de87fc99767dba480c260cd\"");
    await queryRunner.query("CREATE TABLE \"temporary_task_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"taskId\" integer NOT NULL, \"at\" datetime(3) NOT NULL, \"actorOfficialId\" integer, \"action\" varchar CHECK( \"action\" IN ('CREATED','EDITED','DEADLINE_CHANGED','PROGRESS_REPORTED','ACCEPTED','RETURNED','DELETED') ) NOT NULL, \"field\" varchar(100), \"before\" text, \"after\" text, \"reason\" text, \"actorAccountId\" integer, CONSTRAINT \"FK_ef4abf39dccab279024dec03075\" FOREIGN KEY (\"actorOfficialId\") REFERENCES \"official\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_aac7a677233eb7637f194788031\" FOREIGN KEY (\"taskId\") REFERENCES \"task\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_task_event\"(\"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\") SELECT \"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\" FROM \"task_event\"");
    await queryRunner.query("DROP TABLE \"task_event\"");
    await queryRunner.query("ALTER TABLE \"temporary_task_event\" RENAME TO \"task_event\"");
    await queryRunner.query("CREATE INDEX \"IDX_b90de87fc99767dba480c260cd\" ON \"task_event\" (\"taskId\", \"at\") ");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("CREATE TABLE \"temporary_account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(100) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"officialId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordTemporary\" boolean NOT NULL DEFAULT (0), \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(3), \"lastLoginAt\" datetime(3), \"tokenVersion\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL, CONSTRAINT \"FK_e0b25fd8dcc0896103b8bed838b\" FOREIGN KEY (\"officialId\") REFERENCES \"official\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_account\"(\"id\", \"username\", \"passwordHash\", \"officialId\", \"disabled\", \"passwordTemporary\", \"failedLogins\", \"lockedUntil\", \"lastLoginAt\", \"tokenVersion\", \"createdAt\") SELECT \"id\", \"username\", \"passwordHash\", \"officialId\", \"disabled\", \"passwordTemporary\", \"failedLogins\", \"lockedUntil\", \"lastLoginAt\", \"tokenVersion\", \"createdAt\" FROM \"account\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("ALTER TABLE \"temporary_account\" RENAME TO \"account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"IDX_10321007a4f4c1689a8afe65f8\"");
    await queryRunner.query("CREATE TABLE \"temporary_account_role\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"role\" varchar CHECK( \"role\" IN ('ADMIN','LEADER','HR','HEAD','OFFICIAL') ) NOT NULL, \"unitId\" integer NOT NULL, CONSTRAINT \"FK_28abfa0f6e6e035cecc6ad8df6a\" FOREIGN KEY (\"accountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_2104393db2ec3956a646d6f617b\" FOREIGN KEY (\"unitId\") REFERENCES \"unit\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_account_role\"(\"id\", \"accountId\", \"role\", \"unitId\") SELECT \"id\", \"accountId\", \"role\", \"unitId\" FROM \"account_role\"");
    await queryRunner.query("DROP TABLE \"account_role\"");
    await queryRunner.query("ALTER TABLE \"temporary_account_role\" RENAME TO \"account_role\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_10321007a4f4c1689a8afe65f8\" ON \"account_role\" (\"accountId\", \"role\", \"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_b90de87fc99767dba480c260cd\"");
    await queryRunner.query("CREATE TABLE \"temporary_task_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"taskId\" integer NOT NULL, \"at\" datetime(3) NOT NULL, \"actorOfficialId\" integer, \"action\" varchar CHECK( \"action\" IN ('CREATED','EDITED','DEADLINE_CHANGED','PROGRESS_REPORTED','ACCEPTED','RETURNED','DELETED') ) NOT NULL, \"field\" varchar(100), \"before\" text, \"after\" text, \"reason\" text, \"actorAccountId\" integer, CONSTRAINT \"FK_ef4abf39dccab279024dec03075\" FOREIGN KEY (\"actorOfficialId\") REFERENCES \"official\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_aac7a677233eb7637f194788031\" FOREIGN KEY (\"taskId\") REFERENCES \"task\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_4205f52ac7fb3b1f92facc4c86c\" FOREIGN KEY (\"actorAccountId\") REFERENCES \"account\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_task_event\"(\"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\", \"actorAccountId\") SELECT \"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\", \"actorAccountId\" FROM \"task_event\"");
    await queryRunner.query("DROP TABLE \"task_event\"");
    await queryRunner.query("ALTER TABLE \"temporary_task_event\" RENAME TO \"task_event\"");
    await queryRunner.query("CREATE INDEX \"IDX_b90de87fc99767dba480c260cd\" ON \"task_event\" (\"taskId\", \"at\") ");
    // SQLite rebuilt task_event above, which drops its triggers: history stays append-only.
    await queryRunner.query(`CREATE TRIGGER task_event_no_update BEFORE UPDATE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END`);
    await queryRunner.query(`CREATE TRIGGER task_event_no_delete BEFORE DELETE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"IDX_b90de87fc99767dba480c260cd\"");
    await queryRunner.query("ALTER TABLE \"task_event\" RENAME TO \"temporary_task_event\"");
    await queryRunner.query("CREATE TABLE \"task_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"taskId\" integer NOT NULL, \"at\" datetime(3) NOT NULL, \"actorOfficialId\" integer, \"action\" varchar CHECK( \"action\" IN ('CREATED','EDITED','DEADLINE_CHANGED','PROGRESS_REPORTED','ACCEPTED','RETURNED','DELETED') ) NOT NULL, \"field\" varchar(100), \"before\" text, \"after\" text, \"reason\" text, \"actorAccountId\" integer, CONSTRAINT \"FK_ef4abf39dccab279024dec03075\" FOREIGN KEY (\"actorOfficialId\") REFERENCES \"official\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_aac7a677233eb7637f194788031\" FOREIGN KEY (\"taskId\") REFERENCES \"task\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"task_event\"(\"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\", \"actorAccountId\") SELECT \"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\", \"actorAccountId\" FROM \"temporary_task_event\"");
    await queryRunner.query("DROP TABLE \"temporary_task_event\"");
    await queryRunner.query("CREATE INDEX \"IDX_b90de87fc99767dba480c260cd\" ON \"task_event\" (\"taskId\", \"at\") ");
    await queryRunner.query("DROP INDEX \"IDX_10321007a4f4c1689a8afe65f8\"");
    await queryRunner.query("ALTER TABLE \"account_role\" RENAME TO \"temporary_account_role\"");
    await queryRunner.query("CREATE TABLE \"account_role\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"accountId\" integer NOT NULL, \"role\" varchar CHECK( \"role\" IN ('ADMIN','LEADER','HR','HEAD','OFFICIAL') ) NOT NULL, \"unitId\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"account_role\"(\"id\", \"accountId\", \"role\", \"unitId\") SELECT \"id\", \"accountId\", \"role\", \"unitId\" FROM \"temporary_account_role\"");
    await queryRunner.query("DROP TABLE \"temporary_account_role\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_10321007a4f4c1689a8afe65f8\" ON \"account_role\" (\"accountId\", \"role\", \"unitId\") ");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("ALTER TABLE \"account\" RENAME TO \"temporary_account\"");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"username\" varchar(100) NOT NULL, \"passwordHash\" varchar(255) NOT NULL, \"officialId\" integer, \"disabled\" boolean NOT NULL DEFAULT (0), \"passwordTemporary\" boolean NOT NULL DEFAULT (0), \"failedLogins\" integer NOT NULL DEFAULT (0), \"lockedUntil\" datetime(3), \"lastLoginAt\" datetime(3), \"tokenVersion\" integer NOT NULL DEFAULT (1), \"createdAt\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"account\"(\"id\", \"username\", \"passwordHash\", \"officialId\", \"disabled\", \"passwordTemporary\", \"failedLogins\", \"lockedUntil\", \"lastLoginAt\", \"tokenVersion\", \"createdAt\") SELECT \"id\", \"username\", \"passwordHash\", \"officialId\", \"disabled\", \"passwordTemporary\", \"failedLogins\", \"lockedUntil\", \"lastLoginAt\", \"tokenVersion\", \"createdAt\" FROM \"temporary_account\"");
    await queryRunner.query("DROP TABLE \"temporary_account\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_41dfcb70af895ddf9a53094515\" ON \"account\" (\"username\") ");
    await queryRunner.query("DROP INDEX \"IDX_b90de87fc99767dba480c260cd\"");
    await queryRunner.query("ALTER TABLE \"task_event\" RENAME TO \"temporary_task_event\"");
    await queryRunner.query("CREATE TABLE \"task_event\" (\"id\" integer PRIMARY KEY AUTOINCREMENT NOT NULL, \"taskId\" integer NOT NULL, \"at\" datetime(3) NOT NULL, \"actorOfficialId\" integer, \"action\" varchar CHECK( \"action\" IN ('CREATED','EDITED','DEADLINE_CHANGED','PROGRESS_REPORTED','ACCEPTED','RETURNED','DELETED') ) NOT NULL, \"field\" varchar(100), \"before\" text, \"after\" text, \"reason\" text, CONSTRAINT \"FK_ef4abf39dccab279024dec03075\" FOREIGN KEY (\"actorOfficialId\") REFERENCES \"official\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT \"FK_aac7a677233eb7637f194788031\" FOREIGN KEY (\"taskId\") REFERENCES \"task\" (\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"task_event\"(\"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\") SELECT \"id\", \"taskId\", \"at\", \"actorOfficialId\", \"action\", \"field\", \"before\", \"after\", \"reason\" FROM \"temporary_task_event\"");
    await queryRunner.query("DROP TABLE \"temporary_task_event\"");
    await queryRunner.query("CREATE INDEX \"IDX_b90de87fc99767dba480c260cd\" ON \"task_event\" (\"taskId\", \"at\") ");
    await queryRunner.query("DROP TABLE \"app_setting\"");
    await queryRunner.query("DROP INDEX \"IDX_10321007a4f4c1689a8afe65f8\"");
    await queryRunner.query("DROP TABLE \"account_role\"");
    await queryRunner.query("DROP INDEX \"IDX_41dfcb70af895ddf9a53094515\"");
    await queryRunner.query("DROP TABLE \"account\"");
    // SQLite rebuilt task_event above, which drops its triggers: history stays append-only.
    await queryRunner.query(`CREATE TRIGGER task_event_no_update BEFORE UPDATE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END`);
    await queryRunner.query(`CREATE TRIGGER task_event_no_delete BEFORE DELETE ON task_event BEGIN SELECT RAISE(ABORT, 'task history is append-only'); END`);
  }
}
