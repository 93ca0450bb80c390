using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.AuthorizationManagement;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>
/// Who an isolation matrix sends its requests as, each signed in through the pages: the beheerder of organisation A,
/// the beheerder of B, an EH3 holder of a third organisation, a helpdesk member, and an anonymous visitor.
/// </summary>
public sealed record IsolationPeople(
    SignedInBeheerder BeheerderOfA, SignedInBeheerder BeheerderOfB, TestAccount HolderAccount, HttpClient Holder, StaffDesk Staff, HttpClient Anonymous)
{
    public static async Task<IsolationPeople> SignInAsync(BeheermoduleFactory factory)
    {
        var a = await Beheerders.SignInAsync(factory);
        var b = await Beheerders.SignInAsync(factory);
        var holderAccount = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var holder = await SignInAccounts.SignInWithCodeAsync(factory, holderAccount);
        var staff = await StaffDesk.SignInAsync(factory);
        return new(a, b, holderAccount, holder.Http, staff, factory.CreateBrowserClient());
    }
}

/// <summary>
/// A value made the first time a test asks for it, however many ask at once: the world a whole matrix shares, as
/// signing everyone in takes a while and no case changes who they are.
/// </summary>
public sealed class Once<T> where T : class
{
    private readonly SemaphoreSlim _making = new(1, 1);
    private T? _value;

    public async Task<T> GetAsync(Func<Task<T>> make)
    {
        await _making.WaitAsync();
        try
        {
            return _value ??= await make();
        }
        finally
        {
            _making.Release();
        }
    }
}
