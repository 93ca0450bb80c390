using Beheermodule.Core.Hosting;

namespace Beheermodule.Core.Mail;

/// <summary>Wakes the dispatcher when new mail was committed.</summary>
public sealed class MailDispatchSignal : WakeUpSignal;
