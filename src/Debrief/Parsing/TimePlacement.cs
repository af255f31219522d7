// Places every time of the document on one axis: dates written, assumed from context or absent, the one midnight
// rule, and the whole-day shift that lines an undated side (window or timeline) up with the other.
using Debrief.Model;

namespace Debrief.Parsing;

/// <summary>The placed times of a document: the stated window ends, front matter detection, the timeline entries.</summary>
internal sealed record PlacedTimes(
    Fact<PlacedTime>? Start, Fact<PlacedTime>? End, PlacedTime? Detected, IReadOnlyList<TimelineEntry> Timeline, TimeSpan? AxisOffset);

/// <summary>Places times (see <see cref="Chronology"/> for the axis). The midnight rule is <see cref="FollowMidnight"/>.</summary>
internal static class TimePlacement
{
    /// <summary>The internal year of dates written without one and of undated times (a leap year, so 29 February
    /// fits). Arithmetic only: outputs print <see cref="PlacedTime.Date"/>, which never carries it.</summary>
    internal const int PlaceholderYear = 2000;

    /// <summary>The internal day of undated times.</summary>
    internal static readonly DateTime PlaceholderDay = new(PlaceholderYear, 1, 1);

    private static readonly TimeSpan MidnightDrop = TimeSpan.FromHours(12);

    /// <summary>
    /// The midnight rule, the one place it is decided (documented in docs/format.md, "Dates of entries"). A time that
    /// follows another without a date of its own is on the same day, unless it is earlier in the day: then it is on
    /// the next day when it ends a range that starts with that time ("from 22:00 to 01:30"), or when it is more than
    /// 12 hours earlier than the timeline entry before it (17:00, then 04:00). A smaller step back in a timeline
    /// (14:05, then 14:01) stays where it is: an entry out of order.
    /// </summary>
    internal static DateTime FollowMidnight(DateTime previous, TimeSpan timeOfDay, bool rangeEnd)
    {
        var at = previous.Date + timeOfDay;
        if (at < previous && (rangeEnd || previous - at > MidnightDrop))
            at = at.AddDays(1);
        return at;
    }

    /// <summary>A time being placed.</summary>
    private sealed class Slot
    {
        public required TimeOnly Time;
        public required TimeSpan? Offset;
        public required string Text;
        public required SourceSpan Span;
        /// <summary>Position on the axis.</summary>
        public DateTime At;
        public DateSource Source;
        public bool YearKnown;
        /// <summary>The date is written with the time itself (or in front matter): it is not moved to fit the other side.</summary>
        public bool Fixed;
        /// <summary>For a remark: the in-sequence entry it was placed after (it moves with it).</summary>
        public Slot? Anchor;
        public DateTime AtBeforeShifts;
    }

    /// <summary>Places the document's times.</summary>
    /// <param name="frontMatter">Front matter: <c>started</c>, <c>ended</c>, <c>detected</c> are dated times.</param>
    /// <param name="summaryStart">The summary's first time, as written.</param>
    /// <param name="summaryEnd">The summary's second time, as written.</param>
    /// <param name="entries">The timeline entries, as written.</param>
    /// <param name="contextDate">The first full date the document writes, assumed for times that give none.</param>
    /// <param name="sections">The document's sections (an entry belongs to the timeline section it is in).</param>
    /// <param name="lines">The document's lines (to tell list entries from remarks).</param>
    /// <param name="source">The source text (front matter key spans).</param>
    public static PlacedTimes Place(FrontMatter? frontMatter, WrittenTime? summaryStart, WrittenTime? summaryEnd,
        IReadOnlyList<WrittenEntry> entries, CalendarDate? contextDate, IReadOnlyList<Section> sections,
        IReadOnlyList<DocumentLine> lines, SourceText source)
    {
        var fm = frontMatter;
        int? year = fm?.Started?.Year ?? fm?.Ended?.Year ?? contextDate?.Year;
        SourceSpan KeySpan(string key) =>
            fm is not null && fm.KeyLines.TryGetValue(key, out var l) && l >= 1 ? source.Lines(l, l) : fm?.Span ?? SourceSpan.None;

        // Offsets first: the axis is one zone's wall clock only when every time has an offset.
        TimeSpan? OffsetOf(WrittenTime w) => w.Zone?.OffsetAt(WallGuess(w, year));
        var startOffset = fm?.Started?.Offset ?? (summaryStart is null ? null : OffsetOf(summaryStart));
        var endOffset = fm?.Ended?.Offset ?? (summaryEnd is null ? null : OffsetOf(summaryEnd));
        var entryOffsets = entries.Select(e => OffsetOf(e.Time)).ToList();
        var hasStart = fm?.Started is not null || summaryStart is not null;
        var hasEnd = fm?.Ended is not null || summaryEnd is not null;
        var allOffsets = entryOffsets.All(o => o is not null) && (!hasStart || startOffset is not null) && (!hasEnd || endOffset is not null)
                         && (entries.Count > 0 || hasStart);
        TimeSpan? axis = allOffsets ? startOffset ?? endOffset ?? entryOffsets.FirstOrDefault() : null;
        DateTime ToAxis(DateTime wall, TimeSpan? offset) => axis is { } a && offset is { } o ? wall + (a - o) : wall;
        TimeSpan AxisTimeOfDay(TimeOnly time, TimeSpan? offset) => ToAxis(PlaceholderDay.AddDays(1) + time.ToTimeSpan(), offset).TimeOfDay;

        // The context day: assumed for undated times (front matter start, the summary's date, the first date written).
        (DateTime Day, DateSource Source, bool YearKnown) context = (PlaceholderDay, DateSource.None, false);
        if (fm?.Started is { } fs)
            context = (fs.DateTime.Date, DateSource.Context, true);
        else if (summaryStart?.Date is { IsRelative: false } sd && Day(sd, year) is { } sday)
            context = (sday, DateSource.Context, sd.Year is not null || year is not null);
        else if (contextDate is { IsRelative: false } cd && Day(cd, year) is { } cday)
            context = (cday, DateSource.Context, cd.Year is not null || year is not null);

        // The window.
        Slot? start = null, end = null, detected = null;
        if (fm?.Started is { } started)
            start = FrontMatterSlot(started, KeySpan("started"), ToAxis);
        else if (summaryStart is not null)
            start = WrittenSlot(summaryStart, startOffset, year, context, ToAxis);
        if (fm?.Ended is { } ended)
            end = FrontMatterSlot(ended, KeySpan("ended"), ToAxis);
        else if (summaryEnd is not null)
        {
            end = WrittenSlot(summaryEnd, endOffset, year, context, ToAxis);
            if (start is not null && !summaryEnd.DateOnTime)
            {
                // The end of "from 22:00 to 01:30" follows its start (the midnight rule for a range).
                end.At = FollowMidnight(start.At, AxisTimeOfDay(summaryEnd.Time, endOffset), rangeEnd: true);
                end.Source = start.Source;
                end.YearKnown = start.YearKnown;
            }
            // A dated end before the start is another event of the story, not this outage's end ("merged on ...").
            // (Front matter's ended is taken as written: a contradiction there is the linter's to report.)
            if (start is not null && end.At < start.At)
                end = null;
        }
        if (fm?.Detected is { } det)
            detected = FrontMatterSlot(det, KeySpan("detected"), ToAxis);

        // The timelines: one group per timeline section, entries after each other by the midnight rule.
        var groupKeys = entries.Select(e => SectionIndex(sections, e.Span.Start)).ToList();
        var groupOrder = groupKeys.Distinct().ToList();
        var slots = new Slot[entries.Count];
        var inSequence = new bool[entries.Count];
        var groups = new List<List<Slot>>();
        foreach (var key in groupOrder)
        {
            var members = Enumerable.Range(0, entries.Count).Where(i => groupKeys[i] == key).ToList();
            var shaped = InShape(lines, members.Select(i => entries[i]).ToList());
            var group = new List<Slot>();
            Slot? previous = null;
            var previousContext = -1;
            for (var m = 0; m < members.Count; m++)
            {
                var i = members[m];
                var e = entries[i];
                var w = e.Time;
                var slot = new Slot { Time = w.Time, Offset = entryOffsets[i], Text = w.Text, Span = e.Span };
                var newDate = previous is null || e.DateContext != previousContext || w.DateOnTime;
                if (newDate && w.Date is { IsRelative: false } d && Day(d, year) is { } day)
                {
                    slot.At = ToAxis(day + w.Time.ToTimeSpan(), slot.Offset);
                    slot.Source = DateSource.Written;
                    slot.YearKnown = d.Year is not null || year is not null;
                    slot.Fixed = w.DateOnTime;
                }
                else if (newDate && w.Date is { IsRelative: true } relative)
                {
                    // "Day 2": counted from the context day (or the first day of an undated timeline).
                    slot.At = ToAxis(context.Day.AddDays(relative.DayNumber!.Value - 1) + w.Time.ToTimeSpan(), slot.Offset);
                    slot.Source = context.Source;
                    slot.YearKnown = context.YearKnown;
                }
                else if (previous is not null)
                {
                    slot.At = FollowMidnight(previous.At, AxisTimeOfDay(w.Time, slot.Offset), rangeEnd: false);
                    slot.Source = previous.Source;
                    slot.YearKnown = previous.YearKnown;
                }
                else
                {
                    slot.At = ToAxis(context.Day + w.Time.ToTimeSpan(), slot.Offset);
                    slot.Source = context.Source;
                    slot.YearKnown = context.YearKnown;
                }
                slots[i] = slot;
                if (shaped[m])
                {
                    inSequence[i] = true;
                    group.Add(slot);
                    previous = slot;
                    previousContext = e.DateContext;
                }
                else
                {
                    slot.Anchor = previous;
                }
            }
            groups.Add(group);
        }
        foreach (var s in slots.Concat([start, end, detected]).OfType<Slot>())
            s.AtBeforeShifts = s.At;

        LineUp(start, end, groups.Count > 0 ? groups[0] : []);

        // Remarks move with the entry they follow.
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (inSequence[i]) continue;
            var anchor = slot.Anchor ?? (groupOrder.Count > 0 ? groups[groupOrder.IndexOf(groupKeys[i])].FirstOrDefault() : null);
            if (anchor is null || anchor.At == anchor.AtBeforeShifts) continue;
            slot.At += anchor.At - anchor.AtBeforeShifts;
            slot.Source = anchor.Source == DateSource.None ? DateSource.None : slot.Source == DateSource.None ? anchor.Source : DateSource.Context;
            slot.YearKnown = anchor.YearKnown;
        }

        PlacedTime Placed(Slot s)
        {
            PlacedDate? date = null;
            if (s.Source != DateSource.None)
            {
                var wall = axis is { } a && s.Offset is { } o ? s.At - (a - o) : s.At;
                date = new PlacedDate(s.YearKnown ? wall.Year : null, wall.Month, wall.Day);
            }
            return new PlacedTime(s.Time, date, s.Source, s.Offset, s.At, s.Text, s.Span);
        }

        var timeline = new List<TimelineEntry>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            timeline.Add(new TimelineEntry(e.Time.Text, Placed(slots[i]), e.Text, e.Kind, e.Span)
            {
                Group = inSequence[i] ? groupOrder.IndexOf(groupKeys[i]) : null,
            });
        }
        Fact<PlacedTime>? Fact(Slot? s) => s is null ? null : new Fact<PlacedTime>(Placed(s), s.Text, s.Span);
        return new PlacedTimes(Fact(start), Fact(end), detected is null ? null : Placed(detected), timeline, axis);
    }

    /// <summary>Moves the undated side by whole days so the main timeline and the window line up as well as they can
    /// (an undated timeline onto the window's day, an undated window onto the timeline's; a timeline partly dated moves
    /// its undated entries as a block).</summary>
    private static void LineUp(Slot? start, Slot? end, List<Slot> first)
    {
        var windowDated = start?.Fixed == true || end?.Fixed == true;
        var timelineDated = first.Any(p => p.Source == DateSource.Written);
        if (windowDated && timelineDated && first.Any(p => !p.Fixed) && first.Any(p => p.Fixed))
        {
            // Dated window, partly dated timeline ("2019-10-20 00:55: builds failing", then "01:38: alerts fired"
            // under "all events on 2019-10-21"): move the entries without a date of their own as a block to the best day.
            var undated = first.Where(p => !p.Fixed).ToList();
            var bestShift = 0;
            var bestCost = Cost(start, end, undated[0].At, undated[^1].At);
            foreach (var k in new[] { 1, -1 })
            {
                var cost = Cost(start, end, undated[0].At.AddDays(k), undated[^1].At.AddDays(k));
                if (cost < bestCost - 12 * 60)
                {
                    bestCost = cost;
                    bestShift = k;
                }
            }
            foreach (var p in undated)
                Shift(p, bestShift);
            return;
        }
        if ((start is null && end is null) || first.Count == 0 || (windowDated && timelineDated))
            return;
        // First put the undated side on the dated side's day (or the window's day when neither is dated) ...
        var window = (start ?? end)!;
        var rebase = (window.At.Date - first[0].At.Date).Days;
        if (!windowDated && timelineDated)
        {
            Rebase(start, -rebase, first[0]);
            Rebase(end, -rebase, first[0]);
        }
        else if (rebase != 0)
        {
            foreach (var p in first)
                Rebase(p, rebase, window);
        }
        // ... then try the neighbouring days.
        var best = 0;
        var bestCost2 = double.MaxValue;
        foreach (var k in new[] { 0, -1, 1 })
        {
            var cost = windowDated
                ? Cost(start, end, first[0].At.AddDays(k), first[^1].At.AddDays(k))
                : Cost(Moved(start, k), Moved(end, k), first[0].At, first[^1].At);
            if (cost < bestCost2 - 1e-9)
            {
                bestCost2 = cost;
                best = k;
            }
        }
        if (!windowDated && !timelineDated)
        {
            // Both undated: keep the window, move the timeline.
            foreach (var p in first)
                Shift(p, -best);
        }
        else if (!windowDated)
        {
            Shift(start, best);
            Shift(end, best);
        }
        else
        {
            foreach (var p in first)
                Shift(p, best);
        }
    }

    /// <summary>Moves a time by whole days; a written date that moves is no longer as written.</summary>
    private static void Shift(Slot? s, int days)
    {
        if (s is null || days == 0) return;
        s.At = s.At.AddDays(days);
        if (s.Source == DateSource.Written) s.Source = DateSource.Context;
    }

    /// <summary>Moves a time onto the other side's day: it takes that side's date (as assumed from context).</summary>
    private static void Rebase(Slot? s, int days, Slot onto)
    {
        if (s is null || days == 0) return;
        s.At = s.At.AddDays(days);
        s.Source = onto.Source == DateSource.None ? DateSource.None : DateSource.Context;
        s.YearKnown = onto.YearKnown;
    }

    private static DateTime? Moved(Slot? s, int days) => s?.At.AddDays(days);

    private static double Cost(Slot? start, Slot? end, DateTime firstEntry, DateTime lastEntry) =>
        Cost(start?.At, end?.At, firstEntry, lastEntry);

    private static double Cost(DateTime? start, DateTime? end, DateTime firstEntry, DateTime lastEntry)
    {
        var cost = 0.0;
        if (start is { } s)
            cost += Math.Abs((firstEntry - s).TotalMinutes);
        if (end is { } e)
            cost += Math.Abs((lastEntry - e).TotalMinutes);
        return cost;
    }

    private static Slot FrontMatterSlot(DateTimeOffset value, SourceSpan span, Func<DateTime, TimeSpan?, DateTime> toAxis) => new()
    {
        Time = TimeOnly.FromDateTime(value.DateTime),
        Offset = value.Offset,
        Text = value.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture),
        Span = span,
        At = toAxis(value.DateTime, value.Offset),
        Source = DateSource.Written,
        YearKnown = true,
        Fixed = true,
    };

    private static Slot WrittenSlot(WrittenTime w, TimeSpan? offset, int? year, (DateTime Day, DateSource Source, bool YearKnown) context,
        Func<DateTime, TimeSpan?, DateTime> toAxis)
    {
        var slot = new Slot { Time = w.Time, Offset = offset, Text = w.Text, Span = w.Span };
        if (w.Date is { IsRelative: false } d && Day(d, year) is { } day)
        {
            slot.At = toAxis(day + w.Time.ToTimeSpan(), offset);
            slot.Source = DateSource.Written;
            slot.YearKnown = d.Year is not null || year is not null;
            slot.Fixed = w.DateOnTime;
        }
        else
        {
            slot.At = toAxis(context.Day + w.Time.ToTimeSpan(), offset);
            slot.Source = context.Source;
            slot.YearKnown = context.YearKnown;
        }
        return slot;
    }

    /// <summary>A calendar date as a day (the written year, else the document's, else the placeholder), or null if invalid.</summary>
    private static DateTime? Day(CalendarDate date, int? year) =>
        date.ToDateOnly(date.Year ?? year ?? PlaceholderYear) is { } d ? d.ToDateTime(TimeOnly.MinValue) : null;

    /// <summary>A wall clock for resolving a zone's offset (daylight saving time needs a date; a guess will do).</summary>
    private static DateTime WallGuess(WrittenTime w, int? year) =>
        (w.Date is { IsRelative: false } d && Day(d, year) is { } day ? day : PlaceholderDay) + w.Time.ToTimeSpan();

    /// <summary>Entries belong to the last timeline section containing them (day sub-headings stay together, a
    /// multi-incident document gets one group per incident); otherwise to the innermost section.</summary>
    private static int SectionIndex(IReadOnlyList<Section> sections, int offset)
    {
        int timeline = -1, innermost = -1;
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            if (s.Span.Start > offset || offset >= Math.Max(s.Span.End, s.Span.Start + 1))
                continue;
            innermost = i;
            if (s.Kind == SectionKind.Timeline)
                timeline = i;
        }
        return timeline >= 0 ? timeline : innermost;
    }

    /// <summary>Which entries are written like the rest of their timeline: in a list or table timeline, a paragraph
    /// after it ("Total impact: 5 hours (10:45 - 16:11 UTC)") is a remark, not an entry.</summary>
    private static bool[] InShape(IReadOnlyList<DocumentLine> lines, List<WrittenEntry> entries)
    {
        var result = Enumerable.Repeat(true, entries.Count).ToArray();
        if (lines.Count == 0 || entries.Count < 3)
            return result;
        bool Structured(WrittenEntry e)
        {
            var line = e.Span.Line;
            if (line < 1 || line > lines.Count)
                return true;
            var l = lines[line - 1];
            return l.InList || l.Kind is LineKind.ListItem or LineKind.Table;
        }
        var structured = entries.Count(Structured);
        if (structured * 2 <= entries.Count)
            return result;
        for (var i = 0; i < entries.Count; i++)
            result[i] = Structured(entries[i]);
        return result;
    }
}
