using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FailedAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Wrong aanmeldcodes count for a day at most and were kept under other source names: none is carried over.
            migrationBuilder.DropTable(
                name: "ActivationAttempts");

            migrationBuilder.CreateTable(
                name: "FailedAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedAttempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FailedAttempts_AttemptedAt",
                table: "FailedAttempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FailedAttempts_SourceHash_AttemptedAt",
                table: "FailedAttempts",
                columns: new[] { "SourceHash", "AttemptedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FailedAttempts");

            migrationBuilder.CreateTable(
                name: "ActivationAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AttemptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivationAttempts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivationAttempts_AttemptedAt",
                table: "ActivationAttempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ActivationAttempts_SourceHash_AttemptedAt",
                table: "ActivationAttempts",
                columns: new[] { "SourceHash", "AttemptedAt" });
        }
    }
}
