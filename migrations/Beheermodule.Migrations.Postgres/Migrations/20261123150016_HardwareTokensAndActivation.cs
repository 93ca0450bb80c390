using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HardwareTokensAndActivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HotpCounter",
                table: "OtpResponders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SerialNumber",
                table: "OtpResponders",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActivationAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivationAttempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HardwareTokens",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SerialNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ProtectedSeed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    OtpResponderId = table.Column<int>(type: "integer", nullable: true),
                    EnrolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HardwareTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HardwareTokens_OtpResponders_OtpResponderId",
                        column: x => x.OtpResponderId,
                        principalTable: "OtpResponders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PersonalCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserAccountId = table.Column<string>(type: "text", nullable: false),
                    Thumbprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SerialNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NotBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotAfter = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RawData = table.Column<byte[]>(type: "bytea", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PersonalCertificates_AspNetUsers_UserAccountId",
                        column: x => x.UserAccountId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OtpResponders_SerialNumber",
                table: "OtpResponders",
                column: "SerialNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ActivationAttempts_AttemptedAt",
                table: "ActivationAttempts",
                column: "AttemptedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ActivationAttempts_SourceHash_AttemptedAt",
                table: "ActivationAttempts",
                columns: new[] { "SourceHash", "AttemptedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HardwareTokens_OtpResponderId",
                table: "HardwareTokens",
                column: "OtpResponderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HardwareTokens_SerialNumber",
                table: "HardwareTokens",
                column: "SerialNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCertificates_Thumbprint",
                table: "PersonalCertificates",
                column: "Thumbprint",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PersonalCertificates_UserAccountId",
                table: "PersonalCertificates",
                column: "UserAccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivationAttempts");

            migrationBuilder.DropTable(
                name: "HardwareTokens");

            migrationBuilder.DropTable(
                name: "PersonalCertificates");

            migrationBuilder.DropIndex(
                name: "IX_OtpResponders_SerialNumber",
                table: "OtpResponders");

            migrationBuilder.DropColumn(
                name: "HotpCounter",
                table: "OtpResponders");

            migrationBuilder.DropColumn(
                name: "SerialNumber",
                table: "OtpResponders");
        }
    }
}
