using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class UpgradeOfMeans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "UpgradesMeansId",
                table: "ApplicationPersons",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationPersons_UpgradesMeansId",
                table: "ApplicationPersons",
                column: "UpgradesMeansId");

            migrationBuilder.AddForeignKey(
                name: "FK_ApplicationPersons_Means_UpgradesMeansId",
                table: "ApplicationPersons",
                column: "UpgradesMeansId",
                principalTable: "Means",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationPersons_Means_UpgradesMeansId",
                table: "ApplicationPersons");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationPersons_UpgradesMeansId",
                table: "ApplicationPersons");

            migrationBuilder.DropColumn(
                name: "UpgradesMeansId",
                table: "ApplicationPersons");
        }
    }
}
