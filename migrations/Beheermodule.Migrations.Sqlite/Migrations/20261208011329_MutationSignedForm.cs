using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MutationSignedForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FormTokenHash",
                table: "Mutations",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedBy",
                table: "Mutations",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedFormFormat",
                table: "Mutations",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedFormName",
                table: "Mutations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SignedFormReceivedAt",
                table: "Mutations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedFormReceivedBy",
                table: "Mutations",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignedFormStoredName",
                table: "Mutations",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignerInRegister",
                table: "Mutations",
                type: "TEXT",
                maxLength: 250,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_FormTokenHash",
                table: "Mutations",
                column: "FormTokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mutations_FormTokenHash",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "FormTokenHash",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedBy",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedFormFormat",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedFormName",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedFormReceivedAt",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedFormReceivedBy",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignedFormStoredName",
                table: "Mutations");

            migrationBuilder.DropColumn(
                name: "SignerInRegister",
                table: "Mutations");
        }
    }
}
