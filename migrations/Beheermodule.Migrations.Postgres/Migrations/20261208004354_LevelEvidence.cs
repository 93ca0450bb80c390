using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LevelEvidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeepsMeansId",
                table: "ApplicationPersons",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "ApplicationDocuments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationPersons_KeepsMeansId",
                table: "ApplicationPersons",
                column: "KeepsMeansId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationDocuments_PersonId",
                table: "ApplicationDocuments",
                column: "PersonId");

            migrationBuilder.AddForeignKey(
                name: "FK_ApplicationDocuments_ApplicationPersons_PersonId",
                table: "ApplicationDocuments",
                column: "PersonId",
                principalTable: "ApplicationPersons",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ApplicationPersons_Means_KeepsMeansId",
                table: "ApplicationPersons",
                column: "KeepsMeansId",
                principalTable: "Means",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationDocuments_ApplicationPersons_PersonId",
                table: "ApplicationDocuments");

            migrationBuilder.DropForeignKey(
                name: "FK_ApplicationPersons_Means_KeepsMeansId",
                table: "ApplicationPersons");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationPersons_KeepsMeansId",
                table: "ApplicationPersons");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationDocuments_PersonId",
                table: "ApplicationDocuments");

            migrationBuilder.DropColumn(
                name: "KeepsMeansId",
                table: "ApplicationPersons");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "ApplicationDocuments");
        }
    }
}
