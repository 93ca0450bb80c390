using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuthorizationLifetimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AllServicesUpTo",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BranchNumber",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndedAt",
                table: "Authorizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedBy",
                table: "Authorizations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastUsedAt",
                table: "Authorizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Reminder14SentAt",
                table: "Authorizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "Reminder60SentAt",
                table: "Authorizations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Authorizations",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_Authorizations_Status_ValidUntil",
                table: "Authorizations",
                columns: new[] { "Status", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Authorizations_Status_ValidUntil",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "AllServicesUpTo",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "BranchNumber",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "EndedBy",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "LastUsedAt",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "Reminder14SentAt",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "Reminder60SentAt",
                table: "Authorizations");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Authorizations");
        }
    }
}
