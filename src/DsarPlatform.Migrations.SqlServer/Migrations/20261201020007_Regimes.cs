using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Regimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegimeId",
                table: "Requests",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "company");

            migrationBuilder.AddColumn<string>(
                name: "RegimeReason",
                table: "Requests",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegimeId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RegimeReason",
                table: "Requests");
        }
    }
}
