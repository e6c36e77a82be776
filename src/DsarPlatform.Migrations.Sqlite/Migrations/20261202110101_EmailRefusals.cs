using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EmailRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails");

            migrationBuilder.AddColumn<string>(
                name: "Refusal",
                table: "OutgoingEmails",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefusedAtUtc",
                table: "OutgoingEmails",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails",
                column: "CreatedAtUtc",
                filter: "\"SentAtUtc\" IS NULL AND \"RefusedAtUtc\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "Refusal",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "RefusedAtUtc",
                table: "OutgoingEmails");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_Unsent",
                table: "OutgoingEmails",
                column: "CreatedAtUtc",
                filter: "\"SentAtUtc\" IS NULL");
        }
    }
}
