// Errors as values: each source kind renders its location, and option references become the face's names.
using Debrief.Io;

namespace Debrief.Tests.Io;

public sealed class DebriefErrorTests
{
    [Fact]
    public void Option_errors_are_labelled_with_the_option_not_stdin()
    {
        var e = DebriefError.InOption(ErrorCodes.BadOption, "map", "expected FIELD=NAME, got 'x'");
        Assert.Equal("--map: expected FIELD=NAME, got 'x'", e.Render());
        Assert.Equal("map: expected FIELD=NAME, got 'x'", e.Render(name => name));
    }

    [Fact]
    public void Option_references_in_a_message_are_rendered_by_the_face()
    {
        var e = DebriefError.InFile(ErrorCodes.Evidence, "app.log", 1, "cannot tell the format; name it with {option:input-format}");
        Assert.Equal("app.log:1: cannot tell the format; name it with --input-format", e.Render());
        Assert.Equal(["input-format"], e.OptionReferences());
    }

    [Fact]
    public void Stdin_and_config_errors_say_where_they_are()
    {
        Assert.Equal("<stdin>:3: bad", DebriefError.InFile(ErrorCodes.Input, "-", 3, "bad").Render());
        Assert.Equal(ErrorSource.Stdin, DebriefError.InFile(ErrorCodes.Input, null, null, "bad").Source);
        Assert.Equal(".debrief.yml:2: bad", DebriefError.InConfig(ErrorCodes.Config, ".debrief.yml", 2, "bad").Render());
    }
}
