using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Beheermodule.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MeansUpgrade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PendingLevel",
                table: "Means",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingLevel",
                table: "Means");
        }
    }
}
