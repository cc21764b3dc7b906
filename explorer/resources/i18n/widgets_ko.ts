<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../ui/widgets.py" line="83"/>
        <source>is empty: give a count per block, e.g. 16, 16, 16</source>
        <translation>비어 있습니다: 블록마다 층 수를 적으세요 (예: 16, 16, 16)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="84"/>
        <source>1 to 8 numbers</source>
        <translation>숫자 1~8개</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="88"/>
        <source>must be whole numbers separated by commas</source>
        <translation>쉼표로 구분한 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="89"/>
        <source>e.g. 6, 12, 24, 16</source>
        <translation>예: 6, 12, 24, 16</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="122"/>
        <location filename="../../ui/widgets.py" line="226"/>
        <source>{lo} to {hi}</source>
        <translation>{lo}~{hi}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="161"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="161"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="162"/>
        <source>{field} = &apos;{text}&apos;: must be {kind} (valid: {range})</source>
        <translation>{field} = &apos;{text}&apos;: {kind}여야 합니다 (유효 범위: {range})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="167"/>
        <source>{field} = {text}: is out of range (valid: {range})</source>
        <translation>{field} = {text}: 범위를 벗어났습니다 (유효 범위: {range})</translation>
    </message>
</context>
</TS>
