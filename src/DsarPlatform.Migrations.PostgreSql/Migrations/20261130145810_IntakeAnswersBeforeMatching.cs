using System;
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

            migrationBuilder.AddColumn<Guid>(
                name: "RequestId",
                table: "IntakeAttempts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_OpenPerAccountAndType",
                table: "Requests",
                columns: new[] { "AccountId", "Type" },
                unique: true,
                filter: "\"ClosedAtUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeAttempts_RequestId",
                table: "IntakeAttempts",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_OpenPerAccountAndType",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_IntakeAttempts_RequestId",
                table: "IntakeAttempts");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "StoreTasks");

            migrationBuilder.DropColumn(
                name: "SubmittedAccountId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "IntakeAttempts");

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
