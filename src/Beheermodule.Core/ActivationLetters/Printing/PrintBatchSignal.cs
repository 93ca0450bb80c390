using Beheermodule.Core.Hosting;

namespace Beheermodule.Core.ActivationLetters.Printing;

/// <summary>Wakes the print worker when a batch was queued.</summary>
public sealed class PrintBatchSignal : WakeUpSignal;
