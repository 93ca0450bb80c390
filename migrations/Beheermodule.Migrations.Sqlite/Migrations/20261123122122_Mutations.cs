using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mutations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BankAccount",
                table: "Organisations",
                type: "TEXT",
                maxLength: 34,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacesOrganisationId",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Mutations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    KvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    HolderEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    MeansId = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedEndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NewKvkNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Remark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedFrom = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HandledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mutations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mutations_Means_MeansId",
                        column: x => x.MeansId,
                        principalTable: "Means",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Mutations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_ReplacesOrganisationId",
                table: "Applications",
                column: "ReplacesOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_KvkNumber",
                table: "Mutations",
                column: "KvkNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_MeansId",
                table: "Mutations",
                column: "MeansId");

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_OrganisationId",
                table: "Mutations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_Reference",
                table: "Mutations",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mutations_Status_ReceivedAt_Id",
                table: "Mutations",
                columns: new[] { "Status", "ReceivedAt", "Id" });

            migrationBuilder.AddForeignKey(
                name: "FK_Applications_Organisations_ReplacesOrganisationId",
                table: "Applications",
                column: "ReplacesOrganisationId",
                principalTable: "Organisations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Applications_Organisations_ReplacesOrganisationId",
                table: "Applications");

            migrationBuilder.DropTable(
                name: "Mutations");

            migrationBuilder.DropIndex(
                name: "IX_Applications_ReplacesOrganisationId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "BankAccount",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "ReplacesOrganisationId",
                table: "Applications");
        }
    }
}
