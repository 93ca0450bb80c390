using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QueueIndexRushFirst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_IsRush_SubmittedAt_Id",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_IsRush_SubmittedAt_Id_Level",
                table: "Applications",
                columns: new[] { "Status", "IsRush", "SubmittedAt", "Id", "Level" },
                descending: new[] { false, true, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_Status_IsRush_SubmittedAt_Id_Level",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_IsRush_SubmittedAt_Id",
                table: "Applications",
                columns: new[] { "Status", "IsRush", "SubmittedAt", "Id" });
        }
    }
}
