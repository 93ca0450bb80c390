using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MutationAuthorizationChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AuthorizationAction",
                table: "Mutations",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ServiceId",
                table: "Mutations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Years",
                table: "Mutations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_ServiceId",
                table: "Mutations",
                column: "ServiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Mutations_Services_ServiceId",
                table: "Mutations",
                column: "ServiceId",
                principalTable: "Services",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Mutations_Services_ServiceId",
                table: "Mutations");

            migrationBuilder.DropIndex(
                name: "IX_Mutations_ServiceId",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "AuthorizationAction",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "ServiceId",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "Years",
                table: "Mutations");
        }
    }
}
