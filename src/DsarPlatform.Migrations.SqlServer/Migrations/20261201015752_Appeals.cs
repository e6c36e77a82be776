using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DsarPlatform.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Appeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppealDecisionReason",
                table: "Requests",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AppealOfRequestId",
                table: "Requests",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AppealReason",
                table: "Requests",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AppealOfRequestId",
                table: "Requests",
                column: "AppealOfRequestId",
                unique: true,
                filter: "[AppealOfRequestId] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Requests_AppealOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealDecisionReason",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealOfRequestId",
                table: "Requests");

            migrationBuilder.DropColumn(
                name: "AppealReason",
                table: "Requests");
        }
    }
}
