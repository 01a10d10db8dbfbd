using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Alliance.Wiki.Core.Storage.Migrations;

/// <summary>
/// Accounts: ASP.NET Core Identity's tables (the schema EF generates for IdentityDbContext, version 1),
/// bots' API tokens, and page protection.
/// </summary>
[DbContext(typeof(WikiDbContext))]
[Migration("20261122060000_Accounts")]
public sealed class Accounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TABLE AspNetRoles (
                Id TEXT NOT NULL CONSTRAINT PK_AspNetRoles PRIMARY KEY,
                Name TEXT NULL,
                NormalizedName TEXT NULL,
                ConcurrencyStamp TEXT NULL
            );
            CREATE UNIQUE INDEX RoleNameIndex ON AspNetRoles (NormalizedName);

            CREATE TABLE AspNetUsers (
                Id TEXT NOT NULL CONSTRAINT PK_AspNetUsers PRIMARY KEY,
                UserName TEXT NULL,
                NormalizedUserName TEXT NULL,
                Email TEXT NULL,
                NormalizedEmail TEXT NULL,
                EmailConfirmed INTEGER NOT NULL,
                PasswordHash TEXT NULL,
                SecurityStamp TEXT NULL,
                ConcurrencyStamp TEXT NULL,
                PhoneNumber TEXT NULL,
                PhoneNumberConfirmed INTEGER NOT NULL,
                TwoFactorEnabled INTEGER NOT NULL,
                LockoutEnd TEXT NULL,
                LockoutEnabled INTEGER NOT NULL,
                AccessFailedCount INTEGER NOT NULL
            );
            CREATE INDEX EmailIndex ON AspNetUsers (NormalizedEmail);
            CREATE UNIQUE INDEX UserNameIndex ON AspNetUsers (NormalizedUserName);

            CREATE TABLE AspNetRoleClaims (
                Id INTEGER NOT NULL CONSTRAINT PK_AspNetRoleClaims PRIMARY KEY AUTOINCREMENT,
                RoleId TEXT NOT NULL REFERENCES AspNetRoles (Id) ON DELETE CASCADE,
                ClaimType TEXT NULL,
                ClaimValue TEXT NULL
            );
            CREATE INDEX IX_AspNetRoleClaims_RoleId ON AspNetRoleClaims (RoleId);

            CREATE TABLE AspNetUserClaims (
                Id INTEGER NOT NULL CONSTRAINT PK_AspNetUserClaims PRIMARY KEY AUTOINCREMENT,
                UserId TEXT NOT NULL REFERENCES AspNetUsers (Id) ON DELETE CASCADE,
                ClaimType TEXT NULL,
                ClaimValue TEXT NULL
            );
            CREATE INDEX IX_AspNetUserClaims_UserId ON AspNetUserClaims (UserId);

            CREATE TABLE AspNetUserLogins (
                LoginProvider TEXT NOT NULL,
                ProviderKey TEXT NOT NULL,
                ProviderDisplayName TEXT NULL,
                UserId TEXT NOT NULL REFERENCES AspNetUsers (Id) ON DELETE CASCADE,
                CONSTRAINT PK_AspNetUserLogins PRIMARY KEY (LoginProvider, ProviderKey)
            );
            CREATE INDEX IX_AspNetUserLogins_UserId ON AspNetUserLogins (UserId);

            CREATE TABLE AspNetUserRoles (
                UserId TEXT NOT NULL REFERENCES AspNetUsers (Id) ON DELETE CASCADE,
                RoleId TEXT NOT NULL REFERENCES AspNetRoles (Id) ON DELETE CASCADE,
                CONSTRAINT PK_AspNetUserRoles PRIMARY KEY (UserId, RoleId)
            );
            CREATE INDEX IX_AspNetUserRoles_RoleId ON AspNetUserRoles (RoleId);

            CREATE TABLE AspNetUserTokens (
                UserId TEXT NOT NULL REFERENCES AspNetUsers (Id) ON DELETE CASCADE,
                LoginProvider TEXT NOT NULL,
                Name TEXT NOT NULL,
                Value TEXT NULL,
                CONSTRAINT PK_AspNetUserTokens PRIMARY KEY (UserId, LoginProvider, Name)
            );

            CREATE TABLE api_tokens (
                Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                UserId TEXT NOT NULL REFERENCES AspNetUsers (Id) ON DELETE CASCADE,
                Hash TEXT NOT NULL,
                CreatedAt TEXT NOT NULL
            );
            CREATE UNIQUE INDEX IX_api_tokens_Hash ON api_tokens (Hash);

            ALTER TABLE pages ADD COLUMN IsProtected INTEGER NOT NULL DEFAULT 0;
            """);
    }
}
