using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class IntakeAnswersBeforeMatching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "OutcomeJson",
                table: "StoreTasks",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(8000)",
                oldMaxLength: 8000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "StoreTasks",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedAccountId",
                table: "Requests",
                type: "character varying(64)",
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

            migrationBuilder.AlterColumn<string>(
                name: "OutcomeJson",
                table: "StoreTasks",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
