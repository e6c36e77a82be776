using System.Globalization;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// Where a page of the queue ends: the sort key of its last row (the due date in the open list, the closing
/// instant in the closed one) and the row's id, which breaks ties. The next page starts strictly after it.
/// </summary>
public sealed record QueueCursor(DateTime AtUtc, Guid Id)
{
    public override string ToString() => $"{AtUtc.Ticks.ToString(CultureInfo.InvariantCulture)}.{Id:N}";

    public static bool TryParse(string? text, out QueueCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('.');
        if (parts is not { Length: 2 }
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(parts[1], "N", out var id)) return false;
        cursor = new QueueCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
