-- The database roles of Naober, created once per database by a superuser (or a DBA with CREATEROLE), before the
-- first start. The embedded default and the tests run this same file. Idempotent: safe to run again.
-- Set the passwords afterwards for an external server:
--   ALTER ROLE naober_owner PASSWORD '...';  ALTER ROLE naober_app PASSWORD '...';
-- and give the owner the database: GRANT CREATE ON DATABASE <your database> TO naober_owner;
DO $$
BEGIN
  -- Owns the schemas, runs the migrations and provisioning; creates one role per municipality.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'naober_owner') THEN
    CREATE ROLE naober_owner LOGIN CREATEROLE;
  END IF;
  -- Serves requests: owns nothing, inherits nothing, may only SET ROLE to the roles below.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'naober_app') THEN
    CREATE ROLE naober_app LOGIN NOINHERIT;
  END IF;
  -- The catalog schema "platform"; every pooled connection is in this role when idle.
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'naober_catalog') THEN
    CREATE ROLE naober_catalog NOLOGIN;
  END IF;
  -- What every municipality's role may read of the catalog (the programme settings).
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'naober_tenant_common') THEN
    CREATE ROLE naober_tenant_common NOLOGIN;
  END IF;
END $$;
GRANT naober_catalog TO naober_app;
-- The owner grants these on, to the app login and to each municipality's role.
GRANT naober_catalog, naober_tenant_common TO naober_owner WITH ADMIN OPTION;
