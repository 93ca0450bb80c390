using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Registration;

public class ApplicantGuidanceTests
{
    private static readonly DateTime SubmittedAt = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static readonly IssuerOptions Issuer = new()
    {
        Name = "Voorbeeld Middelenuitgever B.V.",
        PostalAddress = ["Antwoordnummer 12345", "1000 AB Amsterdam"],
    };

    private static ApplicantGuidance Guidance(int validityDays = 30) => new(Options.Create(Issuer), Options.Create(new ActivationCodeOptions { ValidityDays = validityDays }));

    public static TheoryData<ApplicationStatus> EveryStatus() => new(Enum.GetValues<ApplicationStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void WhatNow_EveryStatus_IsDutchSentence(ApplicationStatus status)
    {
        var text = Guidance().WhatNow(TestApplications.In(status, SubmittedAt));

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.True(char.IsUpper(text[0]), text);
        Assert.EndsWith(".", text);
        Assert.DoesNotContain(status.ToString(), text);
        // Dutch: common Dutch words, no English ones.
        Assert.Matches(@"\b([Uu]w?|[Ww]ij|de|het|een|is|van)\b", text);
        Assert.DoesNotMatch(@"\b(the|your|you|is being|please)\b", text);
    }

    [Fact]
    public void WhatNow_EveryStatus_DifferentGuidance()
    {
        var texts = Enum.GetValues<ApplicationStatus>().Select(s => Guidance().WhatNow(TestApplications.In(s, SubmittedAt))).ToList();

        Assert.Equal(texts.Count, texts.Distinct().Count());
    }

    [Theory]
    [InlineData(AssuranceLevel.EH2)]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4)]
    public void WhatNow_AwaitingContract_MentionsIssuerAndPostalAddress(AssuranceLevel level)
    {
        var text = Guidance().WhatNow(TestApplications.In(ApplicationStatus.AwaitingContract, SubmittedAt, level));

        Assert.Contains(Issuer.Name, text);
        Assert.Contains("Antwoordnummer 12345, 1000 AB Amsterdam", text);
        Assert.Contains("contract", text);
    }

    [Fact]
    public void WhatNow_AwaitingContractJointlyAuthorised_MentionsMajority()
    {
        var joint = Guidance().WhatNow(TestApplications.In(ApplicationStatus.AwaitingContract, SubmittedAt, jointlyAuthorised: true));
        var single = Guidance().WhatNow(TestApplications.In(ApplicationStatus.AwaitingContract, SubmittedAt, jointlyAuthorised: false));

        Assert.Contains("meerderheid", joint);
        Assert.DoesNotContain("meerderheid", single);
    }

    [Fact]
    public void WhatNow_AwaitingConfirmation_NamesExpiryDateInDutch()
    {
        var application = TestApplications.In(ApplicationStatus.AwaitingConfirmation, SubmittedAt);
        application.ConfirmationExpiresAt = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

        var text = Guidance().WhatNow(application);

        Assert.Contains("30 november 2026", text);
        Assert.Contains("link", text);
    }

    [Fact]
    public void WhatNow_ApprovedEh1_CodeByEmailOthersLetterByPost()
    {
        var eh1 = Guidance().WhatNow(TestApplications.In(ApplicationStatus.Approved, SubmittedAt, AssuranceLevel.EH1));
        var eh2 = Guidance().WhatNow(TestApplications.In(ApplicationStatus.Approved, SubmittedAt, AssuranceLevel.EH2));

        Assert.Contains("e-mail", eh1);
        Assert.DoesNotContain("post", eh1);
        Assert.Contains("post", eh2);
        Assert.Contains("activeringsbrief", eh2);
    }

    [Fact]
    public void WhatNow_UnderReviewWithRush_MentionsToday()
    {
        var normal = TestApplications.In(ApplicationStatus.UnderReview, SubmittedAt);
        var rush = TestApplications.In(ApplicationStatus.UnderReview, SubmittedAt);
        rush.Rush = RushOption.SameDay;

        Assert.Contains("week", Guidance().WhatNow(normal));
        Assert.Contains("vandaag", Guidance().WhatNow(rush));
    }

    [Fact]
    public void WhatNow_Completed_MentionsCodeValid30Days()
    {
        var text = Guidance().WhatNow(TestApplications.In(ApplicationStatus.Completed, SubmittedAt));

        Assert.Contains("30 dagen", text);
    }

    [Fact]
    public void WhatNow_Completed_FollowsTheConfiguredValidity()
    {
        var text = Guidance(validityDays: 14).WhatNow(TestApplications.In(ApplicationStatus.Completed, SubmittedAt));

        Assert.Contains("14 dagen", text);
    }
}
