using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    JobName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LeasedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastCompletedOn = table.Column<DateOnly>(type: "date", nullable: true)
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
