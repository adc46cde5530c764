import { field, graphType } from '../field.ts'
import { graphString, int32, single } from '../primitives.ts'

const ratio = (ps: string, help: string) => field(single, { ps, help, check: 'ratio' })

export const deviceInfo = graphType(
  {
    graphName: 'microsoft.graph.callRecords.deviceInfo',
    psInterface: 'IMicrosoftGraphCallRecordsDeviceInfo',
  },
  {
    captureDeviceDriver: field(graphString, {
      ps: 'CaptureDeviceDriver',
      help: 'Name of the capture device driver used by the media endpoint.',
    }),
    captureDeviceName: field(graphString, {
      ps: 'CaptureDeviceName',
      help: 'Name of the capture device used by the media endpoint.',
    }),
    captureNotFunctioningEventRatio: ratio(
      'CaptureNotFunctioningEventRatio',
      'Fraction of the call that the media endpoint detected the capture device was not working properly.',
    ),
    cpuInsufficentEventRatio: ratio(
      'CpuInsufficentEventRatio',
      'Fraction of the call that the media endpoint detected the CPU resources available were insufficient and caused poor quality of the audio sent and received.',
    ),
    deviceClippingEventRatio: ratio(
      'DeviceClippingEventRatio',
      'Fraction of the call that the media endpoint detected clipping in the captured audio that caused poor quality of the audio being sent.',
    ),
    deviceGlitchEventRatio: ratio(
      'DeviceGlitchEventRatio',
      'Fraction of the call that the media endpoint detected glitches or gaps in the audio played or captured that caused poor quality of the audio being sent or received.',
    ),
    howlingEventCount: field(int32, {
      ps: 'HowlingEventCount',
      help: 'Number of times during the call that the media endpoint detected howling or screeching audio.',
      check: 'nonNegative',
    }),
    initialSignalLevelRootMeanSquare: field(single, {
      ps: 'InitialSignalLevelRootMeanSquare',
      help: 'The root mean square (RMS) of the incoming signal of up to the first 30 seconds of the call.',
    }),
    lowSpeechLevelEventRatio: ratio(
      'LowSpeechLevelEventRatio',
      'Fraction of the call that the media endpoint detected low speech level that caused poor quality of the audio being sent.',
    ),
    lowSpeechToNoiseEventRatio: ratio(
      'LowSpeechToNoiseEventRatio',
      'Fraction of the call that the media endpoint detected low speech to noise level that caused poor quality of the audio being sent.',
    ),
    micGlitchRate: field(single, {
      ps: 'MicGlitchRate',
      help: "Glitches per 5 minute interval for the media endpoint's microphone.",
      unit: 'per 5 min',
      check: 'nonNegative',
    }),
    receivedNoiseLevel: field(int32, {
      ps: 'ReceivedNoiseLevel',
      help: 'Average energy level of received audio for audio classified as mono noise or left channel of stereo noise by the media endpoint.',
      unit: 'dB',
    }),
    receivedSignalLevel: field(int32, {
      ps: 'ReceivedSignalLevel',
      help: 'Average energy level of received audio for audio classified as mono speech, or left channel of stereo speech by the media endpoint.',
      unit: 'dB',
    }),
    renderDeviceDriver: field(graphString, {
      ps: 'RenderDeviceDriver',
      help: 'Name of the render device driver used by the media endpoint.',
    }),
    renderDeviceName: field(graphString, {
      ps: 'RenderDeviceName',
      help: 'Name of the render device used by the media endpoint.',
    }),
    renderMuteEventRatio: ratio(
      'RenderMuteEventRatio',
      'Fraction of the call that media endpoint detected device render is muted.',
    ),
    renderNotFunctioningEventRatio: ratio(
      'RenderNotFunctioningEventRatio',
      'Fraction of the call that the media endpoint detected the render device was not working properly.',
    ),
    renderZeroVolumeEventRatio: ratio(
      'RenderZeroVolumeEventRatio',
      'Fraction of the call that media endpoint detected device render volume is set to 0.',
    ),
    sentNoiseLevel: field(int32, {
      ps: 'SentNoiseLevel',
      help: 'Average energy level of sent audio for audio classified as mono noise or left channel of stereo noise by the media endpoint.',
      unit: 'dB',
    }),
    sentSignalLevel: field(int32, {
      ps: 'SentSignalLevel',
      help: 'Average energy level of sent audio for audio classified as mono speech, or left channel of stereo speech by the media endpoint.',
      unit: 'dB',
    }),
    speakerGlitchRate: field(single, {
      ps: 'SpeakerGlitchRate',
      help: "Glitches per 5 minute internal for the media endpoint's loudspeaker.",
      unit: 'per 5 min',
      check: 'nonNegative',
    }),
  },
)
