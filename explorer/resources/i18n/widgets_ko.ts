<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../explorer/ui/widgets.py" line="82"/>
        <location filename="../../explorer/ui/widgets.py" line="157"/>
        <source>{lo} to {hi}</source>
        <translation>{lo}~{hi}</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/widgets.py" line="97"/>
        <source>a whole number</source>
        <translation>정수</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/widgets.py" line="97"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/widgets.py" line="98"/>
        <source>{field} = &apos;{text}&apos;: must be {kind} (valid: {range})</source>
        <translation>{field} = &apos;{text}&apos;: {kind}여야 합니다 (유효 범위: {range})</translation>
    </message>
    <message>
        <location filename="../../explorer/ui/widgets.py" line="103"/>
        <source>{field} = {text}: is out of range (valid: {range})</source>
        <translation>{field} = {text}: 범위를 벗어났습니다 (유효 범위: {range})</translation>
    </message>
</context>
</TS>
