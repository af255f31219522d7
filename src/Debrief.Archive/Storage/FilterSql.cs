// Turns a ListFilter into SQL conditions on postmortems "p" with parameters; both databases share this SQL.
using System.Globalization;
using System.Text;
using Debrief.Archive.Model;

namespace Debrief.Archive.Storage;

/// <summary>Which filter a facet count leaves out (its own).</summary>
internal enum FilterPart
{
    None,
    Status,
    Severity,
    Service,
    Tag,
}

/// <summary>SQL conditions (each starting with " AND ") and their parameters.</summary>
internal sealed class FilterSql
{
    private readonly StringBuilder _where = new();
    private readonly List<(string Name, object? Value)> _parameters = [];

    public string Where => _where.ToString();
    public IReadOnlyList<(string Name, object? Value)> Parameters => _parameters;

    public static FilterSql From(ListFilter filter, FilterPart except = FilterPart.None)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new FilterSql();
        if (except != FilterPart.Status && filter.Statuses.Count > 0)
            sql.In("p.status", "st", filter.Statuses.Select(s => s.ToDb()));
        if (except != FilterPart.Severity && filter.Severities.Count > 0)
            sql.In("p.severity", "sv", filter.Severities.Select(s => s.Trim().ToUpperInvariant()));
        if (except != FilterPart.Service && !string.IsNullOrWhiteSpace(filter.Service))
            sql.Add(" AND EXISTS (SELECT 1 FROM postmortem_services fs WHERE fs.postmortem_id = p.id AND fs.service = @f_service)", "@f_service", filter.Service.Trim().ToLowerInvariant());
        if (except != FilterPart.Tag && !string.IsNullOrWhiteSpace(filter.Tag))
            sql.Add(" AND EXISTS (SELECT 1 FROM postmortem_tags ft WHERE ft.postmortem_id = p.id AND ft.tag = @f_tag)", "@f_tag", filter.Tag.Trim().ToLowerInvariant());
        if (filter.StartedFrom is { } from)
            sql.Add(" AND p.started_at >= @f_from", "@f_from", from.ToUniversalTime());
        if (filter.StartedTo is { } to)
            sql.Add(" AND p.started_at < @f_to", "@f_to", to.ToUniversalTime());
        if (filter.MinScore is { } min)
            sql.Add(" AND p.lint_score >= @f_min", "@f_min", min);
        if (filter.MaxScore is { } max)
            sql.Add(" AND p.lint_score <= @f_max", "@f_max", max);
        return sql;
    }

    private void Add(string condition, string name, object value)
    {
        _where.Append(condition);
        _parameters.Add((name, value));
    }

    private void In(string column, string prefix, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values.Distinct(StringComparer.Ordinal))
        {
            var name = "@f_" + prefix + names.Count.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            _parameters.Add((name, value));
        }
        _where.Append(" AND ").Append(column).Append(" IN (").Append(string.Join(", ", names)).Append(')');
    }
}
