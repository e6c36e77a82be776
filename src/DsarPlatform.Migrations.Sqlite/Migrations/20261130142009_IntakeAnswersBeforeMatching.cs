using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAnswersBeforeMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "StoreTasks",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedAccountId",
                table: "Requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Payload",
                table: "StoreTasks");

            migrationBuilder.DropColumn(
                name: "SubmittedAccountId",
                table: "Requests");
        }
    }
}
