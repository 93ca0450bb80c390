using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DailyAuthorizationCheck : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiryWarningSentAt",
                table: "ActivationCodes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    JobName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.JobName);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropColumn(
                name: "ExpiryWarningSentAt",
                table: "ActivationCodes");
        }
    }
}
