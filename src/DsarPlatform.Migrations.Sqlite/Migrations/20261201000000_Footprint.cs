using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Footprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "WorkflowInstances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordEmailIndex",
                table: "Requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedEmailIndex",
                table: "Requests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ToIndex",
                table: "OutgoingEmails",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_RecordEmailIndex",
                table: "Requests",
                column: "RecordEmailIndex");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SubmittedEmailIndex",
                table: "Requests",
                column: "SubmittedEmailIndex");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingEmails_ToIndex",
                table: "OutgoingEmails",
                column: "ToIndex");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_RecordEmailIndex",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_Requests_SubmittedEmailIndex",
                table: "Requests");

            migrationBuilder.DropIndex(
                name: "IX_OutgoingEmails_ToIndex",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "WorkflowInstances");

            migrationBuilder.DropColumn(
                name: "RecordEmailIndex",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "SubmittedEmailIndex",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "ToIndex",
                table: "OutgoingEmails");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "Outbox");
        }
    }
}
