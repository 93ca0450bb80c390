using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HardwareTokens : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_OtpResponders_SerialNumber",
                table: "OtpResponders",
                column: "SerialNumber");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HardwareTokens");

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
