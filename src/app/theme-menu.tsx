import {
  Menu,
  MenuButton,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
} from '@fluentui/react-components'
import { DarkThemeRegular } from '@fluentui/react-icons'
import { setThemeChoice, THEME_CHOICES, useThemeChoice, type ThemeChoice } from './theme-choice.ts'

const LABELS: Record<ThemeChoice, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
  highContrast: 'High contrast',
}

export function ThemeMenu() {
  const choice = useThemeChoice()
  return (
    <Menu
      checkedValues={{ theme: [choice] }}
      onCheckedValueChange={(_, data) => {
        const picked = THEME_CHOICES.find((c) => c === data.checkedItems[0])
        if (picked) setThemeChoice(picked)
      }}
    >
      <Tooltip content="Theme: light, dark, high contrast or the system's" relationship="description">
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle" icon={<DarkThemeRegular />} aria-label="Theme" />
        </MenuTrigger>
      </Tooltip>
      <MenuPopover>
        <MenuList>
          {THEME_CHOICES.map((value) => (
            <MenuItemRadio key={value} name="theme" value={value}>
              {LABELS[value]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
